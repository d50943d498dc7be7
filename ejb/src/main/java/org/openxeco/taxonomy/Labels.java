package org.openxeco.taxonomy;

import java.util.Map;

import org.openxeco.kernel.Problems;

/** Picks the label to show from a map of labels per language tag. */
final class Labels {

    static final String DEFAULT_LANGUAGE = "en";

    /** A language tag as labels are keyed: {@code en}, {@code fr}, {@code pt-BR}. */
    static final String LANGUAGE_PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    private Labels() {
    }

    /** The language tag given, English if none, or an input error naming {@code lang}. */
    static String checkLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        if (!lang.matches(LANGUAGE_PATTERN)) {
            throw Problems.invalid("lang", "labels.badLanguage", lang);
        }
        return lang;
    }

    static String pick(Map<String, String> labels, String lang, String fallback) {
        if (lang != null && labels.containsKey(lang)) {
            return labels.get(lang);
        }
        if (labels.containsKey(DEFAULT_LANGUAGE)) {
            return labels.get(DEFAULT_LANGUAGE);
        }
        return labels.values().stream().findFirst().orElse(fallback);
    }
}
