package org.openxeco.kernel;

import java.util.Locale;

/** Builds LIKE patterns from user text, with the wildcards in that text escaped. */
public final class Like {

    /** The escape character to name in {@code like … escape '\'} clauses. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** A pattern matching any value that contains the folded text. */
    public static String containing(String text, int max) {
        return escaped(SortKeys.of(text, max));
    }

    /**
     * A pattern matching any lower-cased value that contains the text in lower case, accents
     * kept: for columns stored as written rather than folded.
     */
    public static String containingLowerCase(String text, int max) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return escaped(lower.length() > max ? lower.substring(0, max) : lower);
    }

    private static String escaped(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
