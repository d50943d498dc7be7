package org.openxeco.campaign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.openxeco.kernel.RichText;

/**
 * The HTML of campaign mails: bodies pass the administrators' rich-text allow-list; templates
 * may also carry inline styles and layout tables (mail programs ignore style sheets), and
 * the whole mail gets a plain-text twin for programs that show no HTML.
 */
final class MailHtml {

    private static final PolicyFactory LAYOUT = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("div", "span", "hr", "center", "small")
                    .allowAttributes("align", "width", "bgcolor", "cellpadding", "cellspacing",
                            "border").globally()
                    .toFactory());

    private static final String SLOT_WORD = "oxCampaignContentSlot7d41";
    private static final PolicyFactory NOTHING = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)<\\s*(br|/p|/div|/h[1-6]|/li|/tr|/table|hr)[^>]*>");
    private static final Pattern NUMBERED = Pattern.compile("&#([0-9]{1,7});");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private MailHtml() {
    }

    /** A campaign body with everything outside the administrators' allow-list removed. */
    static String body(String html) {
        String clean = RichText.sanitise(html);
        return clean == null ? "" : clean.strip();
    }

    /**
     * A template with everything outside the layout allow-list removed. The sanitiser breaks
     * up double braces (against template injection in browsers), so the slot travels through
     * it as a plain word.
     */
    static String template(String html) {
        if (html == null) {
            return "";
        }
        String marked = html.replace(CampaignTemplate.SLOT, SLOT_WORD);
        return LAYOUT.sanitize(marked).strip().replace(SLOT_WORD, CampaignTemplate.SLOT);
    }

    /** The text a reader sees in the HTML, one block per line, entities decoded. */
    static String text(String html) {
        String lines = BLOCK_END.matcher(html).replaceAll("$0\n");
        String escaped = NOTHING.sanitize(lines).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&quot;", "\"");
        String text = NUMBERED.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(1))))).replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** Escapes text for HTML. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#34;");
    }
}
