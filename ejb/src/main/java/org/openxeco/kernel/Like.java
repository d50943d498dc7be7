package org.openxeco.kernel;

/** Builds LIKE patterns from user text, with the wildcards in that text escaped. */
public final class Like {

    /** The escape character to name in {@code like … escape '\'} clauses. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** A pattern matching any value that contains the folded text. */
    public static String containing(String text, int max) {
        String folded = SortKeys.of(text, max);
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
