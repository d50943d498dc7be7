package org.openxeco.web.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The taxonomy values a list is restricted to, as written in its {@code tag} parameter:
 * {@code scheme:code} references separated by spaces (codes never hold spaces), at most
 * one per taxonomy.
 */
final class TagChoice {

    private static final int MAX = 10;

    private TagChoice() {
    }

    static List<String> parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(parameter.strip().split("\\s+")).distinct().limit(MAX).toList();
    }

    /** The parameter with the value chosen in its taxonomy instead of any other there. */
    static String choose(String parameter, TaxonomyValue value) {
        List<String> refs = withoutScheme(parameter, value.getScheme().getCode());
        refs.add(value.reference());
        return String.join(" ", refs);
    }

    /** The parameter with no value of the taxonomy. */
    static String clear(String parameter, String schemeCode) {
        return String.join(" ", withoutScheme(parameter, schemeCode));
    }

    private static List<String> withoutScheme(String parameter, String schemeCode) {
        List<String> refs = new ArrayList<>(parse(parameter));
        refs.removeIf(r -> r.startsWith(schemeCode + ":"));
        return refs;
    }
}
