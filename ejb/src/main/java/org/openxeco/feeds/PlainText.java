package org.openxeco.feeds;

import java.util.regex.Pattern;

import org.owasp.html.Encoding;

import org.openxeco.kernel.ControlChars;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns stored rich text into the plain text that feeds, calendars and cards carry: every
 * element dropped (the contents of scripts and styles too), character references decoded,
 * a line break where a block ended, and characters XML cannot carry left out.
 */
final class PlainText {

    private static final PolicyFactory NOTHING = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)(<br\\s*/?>|</(p|div|li|h[1-6]|tr|blockquote|pre|figure)\\s*>)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private PlainText() {
    }

    /** The text of some HTML, or an empty string for none. */
    static String ofHtml(String html) {
        if (html == null) {
            return "";
        }
        String marked = BLOCK_END.matcher(html).replaceAll("$1\n");
        String text = Encoding.decodeHtml(NOTHING.sanitize(marked), false);
        return clean(text);
    }

    /** The text cut after at most {@code max} characters at a word, marked with an ellipsis. */
    static String excerpt(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "\u2026";
    }

    /** Plain text without the characters XML cannot carry, runs of blanks made one. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String kept = ControlChars.removed(text.replace("\r\n", "\n").replace('\r', '\n'));
        return BLANK_LINES.matcher(SPACES.matcher(kept).replaceAll(" ")).replaceAll("\n")
                .strip();
    }
}
