package org.openxeco.network.sync;

import java.util.Locale;

import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Turns the notation a peer gives into a code this node accepts: without spaces or control
 * characters, starting as the patterns of schemes and values require, short enough to take
 * a suffix when the code is taken.
 */
final class Codes {

    static final int SCHEME_LENGTH = 64;
    static final int VALUE_LENGTH = 100;

    private Codes() {
    }

    /** A value code: {@link TaxonomyValue#CODE_PATTERN}, at most 100 characters. */
    static String value(String notation) {
        String code = notation.strip().replaceAll("[\\s\\p{Cntrl}]+", "_");
        if (code.isEmpty() || !code.substring(0, 1).matches("[\\p{L}\\p{N}_]")) {
            code = "_" + code;
        }
        return code.length() <= VALUE_LENGTH ? code : code.substring(0, VALUE_LENGTH);
    }

    /** A scheme code: lower-case letters, digits, '_', '.' and '-', at most 64 characters. */
    static String scheme(String notation) {
        String code = notation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (code.isEmpty()) {
            code = "imported";
        }
        return code.length() <= SCHEME_LENGTH ? code : code.substring(0, SCHEME_LENGTH);
    }
}
