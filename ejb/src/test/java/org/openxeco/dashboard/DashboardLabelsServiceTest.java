package org.openxeco.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The taxonomy chart names the values of the bundled taxonomies in the language asked:
 * countries and continents by their names in that language, and the taxonomy by its
 * bundled name; a value's own label in the language wins.
 */
class DashboardLabelsServiceTest {

    private DashboardData d;

    @BeforeEach
    void start() {
        d = new DashboardData(Instant.parse("2026-06-15T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        d.close();
    }

    @Test
    void bundledCountriesAreNamedInTheLanguageAsked() {
        d.admin(() -> d.services.installer.install(BundledTaxonomy.COUNTRIES));
        TaxonomyScheme countries = d.admin(() -> d.services.taxonomies.findSchemeByCode(
                BundledTaxonomy.COUNTRIES.code())).orElseThrow();
        TaxonomyValue germany = value(countries, "DE");
        TaxonomyValue europe = value(countries, "continent-EU");
        d.entity(germany);
        d.entity(europe);

        List<String> french = labels("fr", countries);
        List<String> german = labels("de", countries);
        List<String> english = labels("en", countries);

        assertEquals(List.of("Allemagne", "Europe"), french);
        assertEquals(List.of("Deutschland", "Europa"), german);
        assertEquals(List.of("Europe", "Germany"), english);
        assertEquals("Pays par continent", ShownLabels.scheme(countries, Locale.FRENCH));
        assertEquals("Länder nach Kontinent", ShownLabels.scheme(countries, Locale.GERMAN));
    }

    private List<String> labels(String lang, TaxonomyScheme scheme) {
        return d.admin(() -> d.dashboard.entitiesPerValue(scheme.getUuid(), 5, lang)).top()
                .stream().map(Share::label).sorted().toList();
    }

    private TaxonomyValue value(TaxonomyScheme scheme, String code) {
        return d.admin(() -> d.services.taxonomies.findValueByReference(scheme.getCode() + ":"
                + code)).orElseThrow();
    }
}
