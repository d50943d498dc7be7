package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.network.catalogue.CatalogueWire.byName;
import static org.openxeco.network.catalogue.CatalogueWire.read;
import static org.openxeco.network.catalogue.CatalogueWire.served;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;

/** Taxonomies as the catalogue serves them: SKOS concept schemes in JSON-LD. */
class TaxonomySkosServiceTest {

    private static CatalogueTesting node;

    @BeforeAll
    static void start() {
        node = new CatalogueTesting();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aSchemeListsEveryConceptWithItsLabelsNotationAndLinks() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("dom"));
        TaxonomyValue a = node.value(scheme, "A", null,
                Map.of("en", "Alpha", "fr", "Alpha FR", "de", "Alpha DE"));
        TaxonomyValue a1 = node.value(scheme, "A1", a, Map.of("en", "One", "fr", "Un"));
        TaxonomyValue a1a = node.value(scheme, "A1a", a1);
        TaxonomyValue a2 = node.value(scheme, "A2", a);
        TaxonomyValue b = node.value(scheme, "B", null, Map.of("en", "Beta", "fr", "Bêta"));
        List<TaxonomyValue> values = List.of(a, a1, a1a, a2, b);
        String schemeUri = node.services.uris.taxonomy(scheme.getUuid());

        JsonObject json = wire(node.peer(() -> node.catalogue.taxonomy(scheme.getUuid()))
                .orElseThrow());

        assertEquals(SkosMapping.SKOS, json.getJsonObject("@context").getString("skos"));
        assertEquals(schemeUri, json.getString("@id"));
        assertEquals("skos:ConceptScheme", json.getString("@type"));
        assertEquals(scheme.getUuid().toString(), json.getString("identifier"));
        assertEquals(scheme.getCode(), json.getString("skos:notation"));
        assertEquals(scheme.getLabels(), labels(json));
        assertEquals(ids(List.of(a, b)), ids(json.getJsonArray("skos:hasTopConcept")));
        long latest = values.stream().mapToLong(TaxonomyValue::getChangeSeq).max()
                .orElseThrow();
        assertEquals(latest, json.getJsonNumber("version").longValue());

        List<JsonObject> concepts = json.getJsonArray("concepts")
                .getValuesAs(JsonObject.class);
        assertEquals(ids(values), concepts.stream().map(c -> c.getString("@id")).toList(),
                "parents first, each followed by its subtree");
        Map<String, TaxonomyValue> byUri = values.stream()
                .collect(Collectors.toMap(node::uri, v -> v));
        for (JsonObject concept : concepts) {
            TaxonomyValue value = byUri.get(concept.getString("@id"));
            assertEquals("skos:Concept", concept.getString("@type"));
            assertEquals(value.getUuid().toString(), concept.getString("identifier"));
            assertEquals(value.getCode(), concept.getString("skos:notation"));
            assertEquals(value.getLabels(), labels(concept), value.getCode());
            assertEquals(schemeUri, concept.getJsonObject("skos:inScheme").getString("@id"));
            assertEquals(value.getParent().map(node::uri).orElse(null),
                    concept.containsKey("skos:broader")
                            ? concept.getJsonObject("skos:broader").getString("@id") : null);
            assertEquals(value.getParent().isEmpty(), concept.containsKey("skos:topConceptOf"));
            Set<String> children = values.stream()
                    .filter(v -> v.getParent().filter(p -> p.getUuid().equals(value.getUuid()))
                            .isPresent())
                    .map(node::uri).collect(Collectors.toSet());
            assertEquals(children, concept.containsKey("skos:narrower")
                    ? Set.copyOf(ids(concept.getJsonArray("skos:narrower"))) : Set.of());
        }
    }

    @Test
    void canonicalUrisNameTheSchemeAndItsConcepts() {
        TaxonomyScheme data = Fixtures.scheme(CatalogueTesting.code("nace"), ObjectType.ENTITY);
        data.setCanonicalUri("https://vocabulary.example.org/nace");
        TaxonomyScheme scheme = node.admin(() -> node.services.taxonomies.createScheme(data));
        TaxonomyValue parent = new TaxonomyValue(scheme, "C");
        parent.setLabels(Map.of("en", "Manufacturing"));
        parent.setCanonicalUri("https://vocabulary.example.org/nace/C");
        TaxonomyValue saved = node.admin(() -> node.services.taxonomies.createValue(
                scheme.getUuid(), parent, null));
        TaxonomyValue child = node.value(scheme, "C10", saved);

        JsonObject json = wire(node.peer(() -> node.catalogue.taxonomy(scheme.getUuid()))
                .orElseThrow());

        assertEquals("https://vocabulary.example.org/nace", json.getString("@id"));
        JsonObject childConcept = json.getJsonArray("concepts").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("@id").equals(node.uri(child))).findFirst()
                .orElseThrow();
        assertEquals("https://vocabulary.example.org/nace/C",
                childConcept.getJsonObject("skos:broader").getString("@id"));
        assertEquals("https://vocabulary.example.org/nace",
                childConcept.getJsonObject("skos:inScheme").getString("@id"));
    }

    @Test
    void theListGivesSchemesWithoutConceptsAtTheirLatestVersion() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("list"));
        node.value(scheme, "X", null);
        TaxonomyValue last = node.value(scheme, "Y", null);

        CataloguePage page = node.peer(() -> node.catalogue.taxonomies(byName(
                scheme.getCode())));
        String uri = node.services.uris.taxonomy(scheme.getUuid());
        JsonObject json = served(page, uri);
        assertEquals("skos:ConceptScheme", json.getString("@type"));
        assertFalse(json.containsKey("concepts"));
        assertEquals(last.getChangeSeq(), json.getJsonNumber("version").longValue());
        assertEquals(last.getUpdated().toString(), json.getString("dateModified"));
        assertEquals(page.items().size(), node.peer(() -> node.catalogue.taxonomies(byName(
                "Schéma " + scheme.getCode()))).items().size(), "found by a label too");

        CatalogueItem item = read(page, uri);
        assertEquals("skos:ConceptScheme", item.type());
        assertEquals("Scheme " + scheme.getCode(), item.name());
    }

    @Test
    void anUnknownSchemeIsNotFound() {
        assertTrue(node.peer(() -> node.catalogue.taxonomy(UUID.randomUUID())).isEmpty());
    }

    /** The object as a peer parses it after it went over the wire. */
    private static JsonObject wire(JsonObject json) {
        return Json.createReader(new StringReader(json.toString())).readObject();
    }

    private static Map<String, String> labels(JsonObject object) {
        Map<String, String> labels = new HashMap<>();
        for (JsonObject label : object.getJsonArray("skos:prefLabel")
                .getValuesAs(JsonObject.class)) {
            labels.put(label.getString("@language"), label.getString("@value"));
        }
        return labels;
    }

    private static List<String> ids(List<TaxonomyValue> values) {
        return values.stream().map(node::uri).toList();
    }

    private static List<String> ids(JsonArray references) {
        return references.getValuesAs(JsonObject.class).stream().map(r -> r.getString("@id"))
                .toList();
    }
}
