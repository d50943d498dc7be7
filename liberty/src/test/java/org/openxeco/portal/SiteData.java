package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.it.Node;

/**
 * Objects the public-site tests make through the admin API, with unique names, removed
 * again (newest first) when the test closes it.
 */
final class SiteData implements AutoCloseable {

    private final List<String> created = new ArrayList<>();

    /** A lower-case word no other test uses. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Creates an object as administrator and answers it as the node shows it. */
    JsonObject create(String collection, JsonObjectBuilder body) {
        Node.Reply reply = Node.post(collection, Node.Caller.ADMIN, body.build());
        assertEquals(201, reply.status(), reply::toString);
        created.add(reply.header("Location").orElseThrow());
        return reply.object();
    }

    JsonObject entity(String name, String kind, String city, String country,
            String... tags) {
        return create("/api/entities", Json.createObjectBuilder().add("name", name)
                .add("kind", kind).add("addresses", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("city", city).add("country", country)))
                .add("tags", strings(tags)));
    }

    JsonObject article(String type, String title, String status, JsonObjectBuilder extra,
            String... relatedEntities) {
        JsonObjectBuilder body = extra == null ? Json.createObjectBuilder() : extra;
        return create("/api/articles", body.add("type", type).add("title", title)
                .add("status", status).add("summary", "Written for the public site tests")
                .add("body", "<p>The body of " + title + "</p>")
                .add("relatedEntities", strings(relatedEntities)));
    }

    /** A taxonomy for entities with a value {@code alpha} and a value {@code beta} below it. */
    JsonObject[] taxonomy(String code) {
        JsonObject scheme = create("/api/taxonomies", Json.createObjectBuilder().add("code", code)
                .add("labels", Json.createObjectBuilder().add("en", "Topic " + code))
                .add("appliesTo", Json.createArrayBuilder().add("entity")));
        String values = "/api/taxonomies/" + scheme.getString("id") + "/values";
        JsonObject alpha = create(values, Json.createObjectBuilder().add("code", "alpha")
                .add("labels", Json.createObjectBuilder().add("en", "Alpha " + code)));
        JsonObject beta = create(values, Json.createObjectBuilder().add("code", "beta")
                .add("labels", Json.createObjectBuilder().add("en", "Beta " + code))
                .add("parent", alpha.getString("id")));
        return new JsonObject[] {scheme, alpha, beta};
    }

    private static JsonArrayBuilder strings(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    @Override
    public void close() {
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        for (String url : newestFirst) {
            Node.Reply current = Node.get(url, Node.Caller.ADMIN);
            if (current.status() == 200) {
                Node.delete(url, Node.Caller.ADMIN, current.header("ETag").orElse(""));
            }
        }
    }
}
