package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * Base of the black-box tests: waits for the node to finish first-start loading, gives each
 * test unique names, creates objects as the administrator and deletes what a test created
 * once it ends, so tests depend neither on each other nor on their order.
 */
abstract class ApiTest {

    static final Caller ADMIN = Caller.ADMIN;
    static final Caller ANONYMOUS = Caller.ANONYMOUS;
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_TYPE = "urn:openxeco:problem:";
    /** Codes of taxonomies the tests create start with this, unlike bundled ones. */
    static final String TEST_CODE_PREFIX = "it-";

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @BeforeEach
    void forgetEarlierCreations() {
        Node.takeCreated();
    }

    /**
     * Deletes every object the test's requests created, newest first, whether the test
     * meant to create it or not (a write the node should have refused is removed too).
     */
    @AfterEach
    void deleteWhatTheTestCreated() {
        List<String> created = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(
                Node.takeCreated()));
        java.util.Collections.reverse(created);
        for (String url : created) {
            Reply current = Node.get(url);
            if (current.status() == 404) {
                current = Node.get(url, ADMIN);
            }
            if (current.status() == 404) {
                continue;
            }
            Reply deleted = Node.delete(url, ADMIN, current.header("ETag").orElse(""));
            if (deleted.status() != 204) {
                System.err.println("Could not clean up " + url + ": " + deleted);
            }
        }
    }

    /** A name no other test (or earlier run) uses: the prefix and a random suffix. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A lower-case code no other test uses, valid for taxonomies and slugs. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    static JsonArray array(Object... values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (Object value : values) {
            if (value instanceof String s) {
                builder.add(s);
            } else if (value instanceof JsonValue v) {
                builder.add(v);
            } else if (value instanceof JsonObjectBuilder b) {
                builder.add(b);
            } else {
                throw new IllegalArgumentException("Not a JSON value: " + value);
            }
        }
        return builder.build();
    }

    /**
     * Creates an object as administrator, checks the 201 with its Location, and returns the
     * created object as the node shows it.
     */
    Created create(String collection, JsonObject body) {
        Reply reply = Node.post(collection, ADMIN, body);
        assertEquals(201, reply.status(), reply::toString);
        String location = reply.header("Location").orElse(null);
        if (location == null) {
            fail("201 without Location: " + reply);
        }
        return new Created(location, reply);
    }

    /** What a create answered. */
    record Created(String location, Reply reply) {

        JsonObject json() {
            return reply.object();
        }

        String id() {
            return json().getString("id");
        }
    }

    /** An entity with only the fields the node needs, plus the given ones. */
    Created createEntity(String name, JsonObjectBuilder extra) {
        JsonObjectBuilder body = extra == null ? object() : extra;
        return create("/api/entities", body.add("name", name).add("kind", "company").build());
    }

    /** The version the node reports for an object now, from a read as administrator. */
    static long currentVersion(String url) {
        Reply reply = Node.get(url, ADMIN);
        assertEquals(200, reply.status(), reply::toString);
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", "")
                .replaceFirst("^W/", ""));
    }

    /** The total of a list as the given caller sees it. */
    static long total(String listUrl, Caller caller) {
        Reply reply = Node.get(listUrl, caller);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonNumber("total").longValue();
    }

    /** How many entities carry exactly this text in their name, as the administrator sees. */
    static long entitiesNamed(String name) {
        return total("/api/entities?size=1&q=" + encode(name), ADMIN);
    }

    /**
     * How many articles carry this text in their title, as the administrator sees, in title
     * order, which unlike the default order also lists articles never published.
     */
    static long articlesTitled(String title) {
        return total("/api/articles?size=1&sort=title&q=" + encode(title), ADMIN);
    }

    /**
     * Checks that a reply is a problem of the given status and kind, in the problem format
     * with the request path as instance, and returns it.
     */
    static JsonObject assertProblem(Reply reply, int status, String kind) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(PROBLEM_JSON),
                () -> "not " + PROBLEM_JSON + ": " + reply);
        JsonObject problem = reply.object();
        assertEquals(PROBLEM_TYPE + kind, problem.getString("type", null), reply::toString);
        assertEquals(status, problem.getInt("status", -1), reply::toString);
        assertFalse(problem.getString("title", "").isBlank(), reply::toString);
        String path = java.net.URI.create(reply.request().split(" ")[1]).getRawPath();
        assertEquals(path, problem.getString("instance", null), reply::toString);
        return problem;
    }

    /** Checks a 400 invalid-input problem naming exactly the given fields. */
    static JsonObject assertInvalid(Reply reply, String... fields) {
        JsonObject problem = assertProblem(reply, 400, "invalid-input");
        assertEquals(new TreeSet<>(Set.of(fields)), fieldsOf(problem), reply::toString);
        for (JsonValue error : problem.getJsonArray("errors")) {
            assertFalse(error.asJsonObject().getString("message", "").isBlank(),
                    reply::toString);
        }
        return problem;
    }

    /** The UUID of the taxonomy with this code. */
    static String taxonomyId(String code) {
        Reply reply = Node.get("/api/taxonomies");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> code.equals(t.getString("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("No taxonomy " + code + ": " + reply))
                .getString("id");
    }

    /** Every value of a taxonomy, flat, as the node lists them. */
    static List<JsonObject> values(String taxonomyId) {
        Reply reply = Node.get("/api/taxonomies/" + taxonomyId + "/values");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** The UUID of a value, found by the codes of its taxonomy and of the value. */
    static String valueId(String taxonomyCode, String valueCode) {
        return values(taxonomyId(taxonomyCode)).stream()
                .filter(v -> valueCode.equals(v.getString("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("No value " + taxonomyCode + ":"
                        + valueCode)).getString("id");
    }

    /** The items of a list page. */
    static List<JsonObject> items(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .toList();
    }

    /** The fields named in a problem's errors. */
    static Set<String> fieldsOf(JsonObject problem) {
        Set<String> fields = new TreeSet<>();
        JsonArray errors = problem.getJsonArray("errors");
        if (errors != null) {
            for (JsonValue error : errors) {
                fields.add(error.asJsonObject().getString("field"));
            }
        }
        return fields;
    }
}
