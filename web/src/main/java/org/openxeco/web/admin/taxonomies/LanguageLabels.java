package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openxeco.web.ui.Preferences;

/**
 * Labels being edited, one input per portal language. Empty inputs stand for labels to
 * remove (or not to set on a new record).
 */
public class LanguageLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> texts = new LinkedHashMap<>();

    /** Labels filled in from stored ones; languages without a label start empty. */
    public static LanguageLabels of(Map<String, String> stored) {
        LanguageLabels labels = new LanguageLabels();
        for (String language : Preferences.LANGUAGES) {
            labels.texts.put(language, stored == null ? null : stored.get(language));
        }
        return labels;
    }

    /** The inputs by language, for {@code #{...texts['fr']}} in pages. */
    public Map<String, String> getTexts() {
        return texts;
    }

    /** Every portal language with its text, {@code null} where the input is empty. */
    public Map<String, String> changes() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String language : Preferences.LANGUAGES) {
            String text = texts.get(language);
            result.put(language, text == null || text.isBlank() ? null : text.strip());
        }
        return result;
    }

    /** Only the languages with a text, for a new record. */
    public Map<String, String> filled() {
        Map<String, String> result = new LinkedHashMap<>();
        changes().forEach((language, text) -> {
            if (text != null) {
                result.put(language, text);
            }
        });
        return result;
    }
}
