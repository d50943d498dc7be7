package org.openxeco.network.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns HTML from a peer or a feed into a short plain-text excerpt. */
public final class PlainText {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}"
            + "|[a-zA-Z]{2,6});");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private PlainText() {
    }

    /**
     * The text without tags, comments, scripts or styles, with character references
     * decoded and white space collapsed, cut after at most {@code max} characters at a word
     * boundary (marked with an ellipsis).
     */
    public static String excerpt(String html, int max) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        text = SPACE.matcher(decode(text)).replaceAll(" ").strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "\u2026";
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(character(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String character(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code)
                    : " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
