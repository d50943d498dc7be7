package org.openxeco.taxonomy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Labels of taxonomies and their values as screens show them in a language: the label an
 * administrator gave in that language; for the bundled taxonomies, whose values ship in
 * English, their names from the bundled texts, country names from the Java locale data
 * and continent names from the bundled texts; otherwise the default label.
 */
public final class ShownLabels {

    private static final String CONTINENT = "continent-";

    private ShownLabels() {
    }

    /** The label of a taxonomy in the language. */
    public static String scheme(TaxonomyScheme scheme, Locale locale) {
        String lang = locale.getLanguage();
        if (scheme.getLabels().containsKey(lang)) {
            return scheme.getLabels().get(lang);
        }
        return BundledTaxonomy.of(scheme).map(b -> b.label(locale))
                .orElseGet(() -> scheme.label(lang));
    }

    /** The label of a taxonomy value in the language. */
    public static String value(TaxonomyValue value, Locale locale) {
        String lang = locale.getLanguage();
        if (value.getLabels().containsKey(lang)
                || BundledTaxonomy.of(value.getScheme()).filter(
                        b -> b == BundledTaxonomy.COUNTRIES).isEmpty()) {
            return value.label(lang);
        }
        String code = value.getCode();
        if (code.matches("[A-Z]{2}")) {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isBlank() || name.equals(code) ? value.label(lang) : name;
        }
        return code.startsWith(CONTINENT)
                ? continent(code.substring(CONTINENT.length()), locale).orElse(value.label(lang))
                : value.label(lang);
    }

    private static Optional<String> continent(String code, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(BundledTaxonomy.TEXTS, locale,
                    ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("continent." + code));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
