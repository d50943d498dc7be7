package org.openxeco.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

class SiteLabelsTest {

    private final SiteLabels labels = new SiteLabels();

    @Test
    void countriesAndContinentsOfTheBundledTaxonomyAreShownInTheVisitorsLanguage() {
        TaxonomyScheme countries = BundledTaxonomy.COUNTRIES.newScheme();
        TaxonomyValue germany = value(countries, "DE", Map.of("en", "Germany"));
        TaxonomyValue europe = value(countries, "continent-EU", Map.of("en", "Europe"));

        assertEquals("Allemagne", labels.value(germany, Locale.FRENCH));
        assertEquals("Deutschland", labels.value(germany, Locale.GERMAN));
        assertEquals("Germany", labels.value(germany, Locale.ENGLISH));
        assertEquals("Europa", labels.value(europe, Locale.GERMAN));
        assertEquals("Pays par continent", labels.scheme(countries, Locale.FRENCH));
        assertEquals("Länder nach Kontinent", labels.scheme(countries, Locale.GERMAN));
        assertEquals("Countries by continent", labels.scheme(countries, Locale.ENGLISH));
    }

    @Test
    void aTaxonomysOwnLabelsAreUsedInTheirLanguageAndEnglishOtherwise() {
        TaxonomyScheme own = new TaxonomyScheme();
        own.setCode("fields");
        own.setLabels(Map.of("en", "Fields", "fr", "Domaines"));
        TaxonomyValue energy = value(own, "DE", Map.of("en", "Energy", "fr", "Énergie"));

        assertEquals("Domaines", labels.scheme(own, Locale.FRENCH));
        assertEquals("Fields", labels.scheme(own, Locale.GERMAN));
        assertEquals("Énergie", labels.value(energy, Locale.FRENCH));
        assertEquals("Energy", labels.value(energy, Locale.GERMAN),
                "a code that looks like a country is no country outside the countries taxonomy");
    }

    @Test
    void anAdministratorsLabelInTheLanguageWinsOverTheTranslation() {
        TaxonomyScheme countries = BundledTaxonomy.COUNTRIES.newScheme();
        TaxonomyValue germany = value(countries, "DE", Map.of("en", "Germany",
                "fr", "République fédérale d’Allemagne"));

        assertEquals("République fédérale d’Allemagne", labels.value(germany, Locale.FRENCH));
    }

    private static TaxonomyValue value(TaxonomyScheme scheme, String code,
            Map<String, String> names) {
        TaxonomyValue value = new TaxonomyValue(scheme, code);
        value.setLabels(names);
        return value;
    }
}
