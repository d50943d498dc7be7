package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/** SKOS a node cannot take is refused whole, with a message saying why. */
class MalformedSkosServiceTest {

    private static final String SCHEME = "https://b.example.org/api/taxonomies/s";

    private static SyncTesting nodes;

    @BeforeAll
    static void start() {
        nodes = new SyncTesting();
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void brokenSchemesAreRefusedAndChangeNothing() {
        Map<String, JsonObject> broken = Map.of(
                "has no @id", scheme(c -> c).remove("@id").build(),
                "not a skos:ConceptScheme", scheme(c -> c).add("@type", "Thing").build(),
                "has no concepts array", scheme(c -> c).add("concepts", "none").build(),
                "is not a JSON object", scheme(c -> c).add("concepts",
                        Json.createArrayBuilder().add(concept("a", null)).add(7)).build(),
                "has no skos:prefLabel", scheme(c -> c.add(concept("z", null)
                        .remove("skos:prefLabel"))).build(),
                "does not list", scheme(c -> c.add(concept("b", "nowhere"))).build(),
                "form a cycle", scheme(c -> c.add(concept("x", "y")).add(concept("y", "x")))
                        .build(),
                "listed twice", scheme(c -> c.add(concept("a", null))).build(),
                "not a URI", scheme(c -> c.add(concept("a b", null))).build(),
                "levels deep", deep(TaxonomyValue.MAX_DEPTH + 1));
        long schemes = nodes.count("TaxonomyScheme");
        long values = nodes.count("TaxonomyValue");

        broken.forEach((why, skos) -> {
            SkosFormatException e = assertThrows(SkosFormatException.class,
                    () -> nodes.onA(() -> nodes.importer.apply(nodes.peer, SCHEME, skos, 1)),
                    why);
            assertTrue(e.getMessage().contains(why), why + " <> " + e.getMessage());
        });

        assertEquals(schemes, nodes.count("TaxonomyScheme"));
        assertEquals(values, nodes.count("TaxonomyValue"));
    }

    @Test
    void oddButUsableFieldsAreTrimmedOrDerived() {
        String uri = SCHEME + "/odd";
        String longLabel = "L".repeat(1500);
        JsonObject skos = base(uri).add("concepts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("@id", uri + "/c/-x")
                        .add("skos:prefLabel", longLabel))
                .add(Json.createObjectBuilder().add("@id", uri + "/c/2")
                        .add("skos:notation", 42).add("skos:broader", uri + "/c/-x")
                        .add("skos:prefLabel", Json.createArrayBuilder()
                                .add(label("Deux", "FR")).add(label("Bad", "not a tag")))))
                .build();

        TaxonomyScheme copy = nodes.onA(() -> nodes.importer.apply(nodes.peer, uri, skos, 3));

        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        TaxonomyValue first = values.get(uri + "/c/-x");
        assertEquals(1000, first.label("en").length());
        assertEquals("_-x", first.getCode(), "derived from the URI");
        TaxonomyValue second = values.get(uri + "/c/2");
        assertEquals("42", second.getCode());
        assertEquals(Map.of("fr", "Deux"), second.getLabels());
        assertEquals(first.getUuid(), second.getParent().orElseThrow().getUuid());
    }

    private static JsonObject deep(int levels) {
        JsonArrayBuilder concepts = Json.createArrayBuilder();
        for (int i = 0; i < levels; i++) {
            concepts.add(concept("d" + i, i == 0 ? null : "d" + (i - 1)));
        }
        return base(SCHEME).add("concepts", concepts).build();
    }

    private static JsonObjectBuilder scheme(UnaryOperator<JsonArrayBuilder> more) {
        return base(SCHEME).add("concepts", more.apply(Json.createArrayBuilder()
                .add(concept("a", null))));
    }

    private static JsonObjectBuilder base(String uri) {
        return Json.createObjectBuilder().add("@id", uri).add("@type", "skos:ConceptScheme")
                .add("skos:notation", "odd").add("skos:prefLabel", Json.createArrayBuilder()
                        .add(label("Scheme", "en")));
    }

    private static JsonObjectBuilder concept(String name, String broader) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("@id", SCHEME + "/" + name)
                .add("skos:notation", name).add("skos:prefLabel",
                        Json.createArrayBuilder().add(label("Concept " + name, "en")));
        return broader == null ? json : json.add("skos:broader",
                Json.createObjectBuilder().add("@id", SCHEME + "/" + broader));
    }

    private static JsonValue label(String text, String lang) {
        return Json.createObjectBuilder().add("@value", text).add("@language", lang).build();
    }
}
