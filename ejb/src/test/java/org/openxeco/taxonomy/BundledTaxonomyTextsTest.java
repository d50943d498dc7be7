package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.RequestLocale;

/**
 * The bundled taxonomies' names, descriptions, sources and licences come from a bundle in the
 * language of the request (the bundled taxonomies page), English without one (the API); an
 * installed taxonomy keeps the English texts.
 */
class BundledTaxonomyTextsTest {

    @AfterEach
    void leave() {
        RequestLocale.clear();
    }

    @Test
    void namesAndDescriptionsFollowTheLanguageOfTheRequest() {
        assertEquals("Countries by continent", BundledTaxonomy.COUNTRIES.label());
        assertEquals("MIT, Copyright (c) 2014 Annexare Studio",
                BundledTaxonomy.COUNTRIES.licence());
        RequestLocale.enter(Locale.FRENCH);
        assertEquals("Pays par continent", BundledTaxonomy.COUNTRIES.label());
        assertEquals("countries-list 3.4.1 par Annexare Studio",
                BundledTaxonomy.COUNTRIES.source());
        RequestLocale.enter(Locale.GERMAN);
        assertEquals("Wirtschaftszweige NACE Rev. 2", BundledTaxonomy.NACE.label());
        assertEquals("Themen von Entwickler- und Technologiekonferenzen.",
                BundledTaxonomy.CONFERENCE_TOPICS.description());
    }

    @Test
    void everyTaxonomyHasItsTextsInEveryLanguage() {
        for (BundledTaxonomy bundled : BundledTaxonomy.values()) {
            RequestLocale.enter(Locale.ENGLISH);
            List<String> english = texts(bundled);
            for (Locale other : List.of(Locale.FRENCH, Locale.GERMAN)) {
                RequestLocale.enter(other);
                List<String> texts = texts(bundled);
                assertEquals(4, texts.stream().filter(t -> !t.isBlank()).count());
                assertNotEquals(english.get(0), texts.get(0), bundled + " " + other);
                assertNotEquals(english.get(1), texts.get(1), bundled + " " + other);
            }
        }
    }

    @Test
    void anInstalledTaxonomyKeepsTheEnglishTexts() {
        RequestLocale.enter(Locale.GERMAN);
        TaxonomyScheme scheme = BundledTaxonomy.CYBERSECURITY.newScheme();
        assertEquals(Map.of("en", "JRC Cybersecurity Taxonomy"), scheme.getLabels());
        assertEquals("Knowledge domains, sectors, technologies and use cases of cybersecurity.",
                scheme.getDescription());
    }

    private static List<String> texts(BundledTaxonomy bundled) {
        return List.of(bundled.label(), bundled.description(), bundled.source(),
                bundled.licence());
    }
}
