package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;

import org.openxeco.directory.Organisation;
import org.openxeco.testing.Services;

/** Catalogue pages written out as a peer receives them and read back, for tests. */
final class CatalogueWire {

    private CatalogueWire() {
    }

    static void assertCommon(JsonObject json, String type, String uri, UUID uuid,
            Instant modified, long version, boolean identifierList) {
        assertEquals(SchemaOrgMapping.CONTEXT, json.getString("@context"));
        assertEquals(type, json.getString("@type"));
        assertEquals(uri, json.getString("@id"));
        assertTrue(uri.startsWith(Services.BASE_URL + "/api/"), uri);
        assertEquals(uuid.toString(), identifierList ? json.getJsonArray("identifier")
                .getString(0) : json.getString("identifier"));
        assertEquals(modified.toString(), json.getString("dateModified"));
        assertEquals(version, json.getJsonNumber("version").longValue());
    }

    /** The reference an article gives to a public entity. */
    static JsonObject reference(CatalogueTesting node, Organisation o) {
        return Json.createObjectBuilder().add("@type", "Corporation").add("@id", node.uri(o))
                .add("name", o.getName()).build();
    }

    static CatalogueQuery byName(String text) {
        return CatalogueQuery.all().withText(text);
    }

    /** The item with this URI of the page as a peer parses it with JSON-P. */
    static JsonObject served(CataloguePage page, String uri) {
        JsonObject parsed = Json.createReader(new StringReader(wire(page))).readObject();
        assertEquals("ItemList", parsed.getString("@type"));
        return parsed.getJsonArray("itemListElement").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("@id").equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(uri + " not served"));
    }

    /** The row with this URI of the page as the admin portal reads it. */
    static CatalogueItem read(CataloguePage page, String uri) {
        return CatalogueReader.read(wire(page)).items().stream()
                .filter(i -> i.uri().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(uri + " not read"));
    }

    static String wire(CataloguePage page) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(page.toJson());
        }
        return out.toString();
    }

    static Map<String, String> texts(JsonObject object) {
        Map<String, String> texts = new HashMap<>();
        object.forEach((k, v) -> texts.put(k, object.getString(k)));
        return texts;
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    static List<JsonObject> objects(JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }
}
