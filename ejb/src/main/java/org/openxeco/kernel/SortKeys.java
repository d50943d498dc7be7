package org.openxeco.kernel;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names into keys that sort and search the same way on every database. */
public final class SortKeys {

    private SortKeys() {
    }

    /** Lower case, accents removed, spaces collapsed; at most {@code max} characters. */
    public static String of(String text, int max) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return folded.length() > max ? folded.substring(0, max) : folded;
    }
}
