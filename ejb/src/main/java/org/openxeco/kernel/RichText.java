package org.openxeco.kernel;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allow-list for rich text: formatting, blocks, lists, tables, links and images over
 * http(s). Everything else (scripts, event handlers, styles, frames) is dropped.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "pre", "code", "figure", "figcaption")
                    .toFactory());

    private RichText() {
    }

    /** Returns the HTML with everything outside the allow-list removed; null stays null. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        return clean.isEmpty() ? null : clean;
    }
}
