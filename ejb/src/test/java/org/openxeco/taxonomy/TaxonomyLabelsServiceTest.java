package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.StaleVersionException;

class TaxonomyLabelsServiceTest {

    private static TaxonomyTesting t;

    @BeforeAll
    static void start() {
        t = new TaxonomyTesting();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void valueLabelsOfSeveralLanguagesAreSetAtOnceKeepingTheOthers() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);

        TaxonomyValue set = t.admin(() -> t.labels.setValueLabels(scheme, v.getUuid(),
                v.getVersion(), Map.of("fr", "Valeur", "de", " Wert ")));

        assertEquals(Map.of("en", "Label v", "fr", "Valeur", "de", "Wert"),
                t.reload(scheme, v).getLabels());
        assertEquals(v.getVersion() + 1, set.getVersion());
        assertTrue(set.getChangeSeq() > v.getChangeSeq());

        Map<String, String> removal = new HashMap<>();
        removal.put("de", null);
        removal.put("en", "");
        t.admin(() -> t.labels.setValueLabels(scheme, v.getUuid(), set.getVersion(), removal));
        assertEquals(Map.of("fr", "Valeur"), t.reload(scheme, v).getLabels());
    }

    @Test
    void schemeLabelsOfSeveralLanguagesAreSetAtOnce() {
        UUID scheme = t.scheme();
        TaxonomyScheme before = t.visitor(() -> t.taxonomies.scheme(scheme));

        t.admin(() -> t.labels.setSchemeLabels(scheme, before.getVersion(),
                Map.of("fr", "Secteurs", "lb", "Secteuren", "en", "Sectors")));

        TaxonomyScheme after = t.visitor(() -> t.taxonomies.scheme(scheme));
        assertEquals(Map.of("en", "Sectors", "fr", "Secteurs", "lb", "Secteuren"),
                after.getLabels());
        assertEquals("Secteuren", after.label("lb"));
        assertEquals("Sectors", after.label("de"));
    }

    @Test
    void updateValueReplacesAllLabelsWithTheOnesGiven() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);
        TaxonomyValue data = t.data(scheme, "v");
        data.setLabels(Map.of("fr", "Valeur", "de", "Wert"));

        t.admin(() -> t.taxonomies.updateValue(scheme, v.getUuid(), v.getVersion(), data, null));

        assertEquals(Map.of("fr", "Valeur", "de", "Wert"), t.reload(scheme, v).getLabels());
    }

    @Test
    void theLastLabelCannotBeRemoved() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.labels.setValueLabels(scheme, v.getUuid(), v.getVersion(), Map.of("en", ""))));

        assertEquals("labels", e.errors().get(0).field());
        assertEquals(Map.of("en", "Label v"), t.reload(scheme, v).getLabels());
    }

    @Test
    void aLanguageTagMustBeValid() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.labels.setValueLabels(scheme, v.getUuid(), v.getVersion(),
                        Map.of("French!", "Valeur"))));

        assertTrue(e.errors().get(0).field().startsWith("labels"), e.errors().toString());
        assertEquals(Map.of("en", "Label v"), t.reload(scheme, v).getLabels());
    }

    @Test
    void staleVersionAndVisitorsAreRefused() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);

        assertThrows(StaleVersionException.class, () -> t.admin(() ->
                t.labels.setValueLabels(scheme, v.getUuid(), v.getVersion() + 1,
                        Map.of("fr", "Valeur"))));
        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.labels.setValueLabels(scheme, v.getUuid(), v.getVersion(),
                        Map.of("fr", "Valeur"))));
        TaxonomyScheme s = t.visitor(() -> t.taxonomies.scheme(scheme));
        assertThrows(StaleVersionException.class, () -> t.admin(() ->
                t.labels.setSchemeLabels(scheme, s.getVersion() + 1, Map.of("fr", "Schéma"))));
        assertEquals(Map.of("en", "Label v"), t.reload(scheme, v).getLabels());
    }
}
