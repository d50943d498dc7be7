package org.openxeco.web.site;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Labels of taxonomies and their values in the visitor's language: the taxonomy's own label
 * in that language when it has one; for the bundled taxonomies, which ship in English only,
 * the portal's translation of their names, country names from the Java locale data and
 * continent names from the site's texts; otherwise the taxonomy's default label.
 */
@Named
@ApplicationScoped
public class SiteLabels {

    static final String BUNDLE = "org.openxeco.web.site";
    private static final String CONTINENT = "continent-";

    /** The label of a taxonomy. */
    public String scheme(TaxonomyScheme scheme, Locale locale) {
        String lang = locale.getLanguage();
        if (scheme.getLabels().containsKey(lang)) {
            return scheme.getLabels().get(lang);
        }
        String translated = BundledTaxonomy.of(scheme)
                .map(b -> text("taxonomy." + b.code(), locale)).orElse(null);
        return translated == null ? scheme.label(lang) : translated;
    }

    /** The label of a taxonomy value. */
    public String value(TaxonomyValue value, Locale locale) {
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
        String continent = code.startsWith(CONTINENT)
                ? text("continent." + code.substring(CONTINENT.length()), locale) : null;
        return continent == null ? value.label(lang) : continent;
    }

    private static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
