package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * Reads the node's schema.org JSON-LD with an independent JSON-LD processor (Titanium): the
 * answer is expanded, so properties become full schema.org IRIs whatever shape the node chose.
 * The schema.org context is not fetched (the tests send nothing outside): a local stand-in
 * maps every term into the schema.org vocabulary, and any other remote context fails.
 */
final class LinkedData {

    static final String LD_JSON = "application/ld+json";
    static final String SCHEMA = "https://schema.org/";

    private static final DocumentLoader OFFLINE = (url, options) -> {
        if (url.toString().equals(SCHEMA)) {
            return JsonDocument.of(Json.createObjectBuilder().add("@context",
                    Json.createObjectBuilder().add("@vocab", SCHEMA)).build());
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "No remote context in tests: " + url);
    };

    private LinkedData() {
    }

    /** A GET with the given Accept header (replacing the tests' JSON default). */
    static Reply get(String path, Caller caller, String accept) {
        return Node.sendOver(HttpClient.Version.HTTP_1_1, List.of(Node.requestTo(path, caller)
                .setHeader("Accept", accept).GET().build())).get(0);
    }

    /** The JSON-LD of an object read anonymously, checked to be 200 application/ld+json. */
    static Reply read(String url) {
        Reply reply = get(url, Caller.ANONYMOUS, LD_JSON);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(LD_JSON), reply::toString);
        return reply;
    }

    /** The one node object a JSON-LD text describes at its top, expanded. */
    static JsonObject expand(String text) {
        JsonArray expanded = expandAll(text);
        assertEquals(1, expanded.size(), () -> "one top object expected: " + expanded);
        return expanded.getJsonObject(0);
    }

    static JsonArray expandAll(String text) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(text))).loader(OFFLINE)
                    .base(URI.create(Node.BASE_URL + "/")).get();
        } catch (JsonLdError e) {
            throw new AssertionError("Not JSON-LD: " + text, e);
        }
    }

    /** The values of a schema.org property: texts of value objects, IRIs of node objects. */
    static List<String> texts(JsonObject node, String property) {
        return all(node, property).stream().map(LinkedData::text).toList();
    }

    /** The single value of a property, or empty. */
    static Optional<String> value(JsonObject node, String property) {
        List<String> values = texts(node, property);
        assertTrue(values.size() <= 1, () -> property + " has several values: " + values);
        return values.stream().findFirst();
    }

    /** The node objects a property holds. */
    static List<JsonObject> nodes(JsonObject node, String property) {
        return all(node, property).stream().map(JsonValue::asJsonObject).toList();
    }

    static JsonObject node(JsonObject node, String property) {
        List<JsonObject> nodes = nodes(node, property);
        assertEquals(1, nodes.size(), () -> property + " of " + node);
        return nodes.get(0);
    }

    /** The schema.org types of a node, without the namespace. */
    static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(t -> t.getString().substring(SCHEMA.length())).toList();
    }

    /** Labels of a property by language tag. */
    static Map<String, String> byLanguage(JsonObject node, String property) {
        return all(node, property).stream().map(JsonValue::asJsonObject).collect(
                Collectors.toMap(v -> v.getString("@language"), v -> v.getString("@value"),
                        (a, b) -> a, TreeMap::new));
    }

    private static List<JsonValue> all(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(SCHEMA + property);
        return values == null ? List.of() : values;
    }

    private static String text(JsonValue value) {
        JsonObject object = value.asJsonObject();
        if (object.containsKey("@value")) {
            JsonValue v = object.get("@value");
            return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
        }
        return object.getString("@id", object.toString());
    }
}
