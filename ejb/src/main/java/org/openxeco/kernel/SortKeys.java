package org.openxeco.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names into keys that sort and search the same way on every database. */
public final class SortKeys {

    // Compiled once: every write of an entity or article folds several texts.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SortKeys() {
    }

    /** Lower case, accents removed, spaces collapsed; at most {@code max} characters. */
    public static String of(String text, int max) {
        String decomposed = Normalizer.normalize(text == null ? "" : text,
                Normalizer.Form.NFKD);
        String folded = SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return folded.length() > max ? folded.substring(0, max) : folded;
    }
}
