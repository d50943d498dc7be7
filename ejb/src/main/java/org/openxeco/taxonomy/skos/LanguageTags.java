package org.openxeco.taxonomy.skos;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

import org.openxeco.kernel.Problems;

/**
 * Checks the language tag of a label as the node keys labels: a known ISO 639 language in
 * lower case, then optional subtags ({@code en}, {@code fr}, {@code pt-BR}).
 */
final class LanguageTags {

    private static final String PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    private static final Set<String> KNOWN = known();

    private LanguageTags() {
    }

    /** Why the tag cannot key a label, or null if it can. */
    static String problem(String tag) {
        if (tag == null || tag.isEmpty()) {
            return Problems.text("skos.tag.none");
        }
        if (!tag.matches(PATTERN)) {
            return Problems.text("skos.tag.invalid", tag);
        }
        if (!KNOWN.contains(tag.split("-", 2)[0])) {
            return Problems.text("skos.tag.unknown", tag);
        }
        return null;
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>();
        for (String language : Locale.getISOLanguages()) {
            known.add(language);
            try {
                known.add(new Locale(language).getISO3Language());
            } catch (MissingResourceException e) {
                // A language without a three-letter code is known by its two letters.
            }
        }
        return known;
    }
}
