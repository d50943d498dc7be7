package org.openxeco.taxonomy;

import java.util.Map;

/** Picks the label to show from a map of labels per language tag. */
final class Labels {

    static final String DEFAULT_LANGUAGE = "en";

    private Labels() {
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
