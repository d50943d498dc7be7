package org.openxeco.kernel;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allow-lists for rich text: formatting, blocks, lists, tables and links. Administrators'
 * text may also show images over http(s); text written by members or received from peers may
 * show only the node's own stored images, so that it cannot make readers' browsers call other
 * hosts (tracking pixels). Everything else (scripts, event handlers, styles, frames) is dropped.
 */
public final class RichText {

    /** The address of an image stored on this node, relative to the node's base URL. */
    private static final Pattern OWN_MEDIA = Pattern.compile("/media/[0-9a-f]{64}");

    private static final PolicyFactory TEXT = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "pre", "code", "figure", "figcaption")
                    .toFactory());

    private static final PolicyFactory STAFF = TEXT.and(Sanitizers.IMAGES);

    private static final PolicyFactory CONTRIBUTED = TEXT.and(new HtmlPolicyBuilder()
            .allowElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("src").matching(OWN_MEDIA).onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}"))
            .onElements("img")
            .toFactory());

    private RichText() {
    }

    /**
     * Returns an administrator's HTML with everything outside the allow-list removed; null
     * stays null.
     */
    public static String sanitise(String html) {
        return clean(STAFF, html);
    }

    /**
     * Returns HTML written by a member or received from a peer with everything outside the
     * allow-list removed: images only from this node's own media. Null stays null.
     */
    public static String sanitiseContributed(String html) {
        return clean(CONTRIBUTED, html);
    }

    /**
     * Turns plain text into HTML that shows it as typed: markup characters escaped, blank
     * lines separating paragraphs and single line breaks kept. Blank text gives null.
     */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").replace('\r', '\n')
                .split("\n\\s*\n")) {
            html.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                html.append(i == 0 ? "" : "<br />").append(escape(lines[i].strip()));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private static String clean(PolicyFactory policy, String html) {
        if (html == null) {
            return null;
        }
        String clean = policy.sanitize(html).strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
