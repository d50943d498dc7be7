package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Importing from a peer and following its changes, between real nodes: A imports from B
 * through B's node-to-node API, signed, and keeps its copies in step with B.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SyncIT {

    static final NodeClient A = HandshakeIT.A;
    static final NodeClient B = HandshakeIT.B;

    @BeforeAll
    static void nodesUp() {
        A.awaitStarted(Duration.ofMinutes(3));
        B.awaitStarted(Duration.ofMinutes(3));
        Sync.activeBetween(A, B);
    }

    private static String unique(String text) {
        return text + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonObject entityOnB(String name) {
        JsonObject entity = Sync.entity(B, "{\"name\":\"" + name + "\",\"kind\":\"company\","
                + "\"status\":\"active\",\"description\":\"<p>Made on B"
                + "<script>alert(1)</script></p>\",\"websites\":[\"https://b.example\"],"
                + "\"addresses\":[{\"street\":\"1 Rue Haute\",\"city\":\"Esch\","
                + "\"country\":\"LU\"},{\"city\":\"Metz\",\"country\":\"FR\"}]}");
        Sync.logo(B, entity, Color.RED);
        return Sync.get(B, "/api/entities/" + entity.getString("id"));
    }

    @Test
    void a1AnEntityImportedTwiceAndSyncedTwiceThenRenamedIsOneCopy() {
        String name = unique("Twice imported");
        JsonObject onB = entityOnB(name);
        String uri = onB.getString("uri");

        Sync.done(Sync.importObjects(A, B, uri));
        JsonObject second = Sync.importObjects(A, B, uri);
        Sync.done(second);
        assertEquals(0, second.getInt("created"), second.toString());
        Sync.done(Sync.syncNow(A, B));
        Sync.done(Sync.syncNow(A, B));

        JsonObject copy = Sync.copyOf(A, uri);
        assertNotNull(copy, "A holds a copy of " + uri);
        JsonObject onA = Sync.get(A, "/api/entities/" + copy.getString("id"));
        assertEquals(1, Sync.entitiesNamed(A, name));
        assertEquals(2, onA.getJsonArray("addresses").size(), onA.toString());
        assertEquals(uri, onA.getString("origin"));
        assertNotEquals(onB.getString("id"), onA.getString("id"), "A gives the copy its own id");
        assertFalse(onA.getString("description").contains("script"), onA.toString());
        String hash = onB.getString("logo").substring(onB.getString("logo").lastIndexOf('/'));
        assertTrue(onA.getString("logo", "").endsWith(hash),
                "the same image, stored once under its hash: " + onA);

        JsonObject current = Sync.get(B, "/api/entities/" + onB.getString("id"));
        B.put("/api/entities/" + onB.getString("id"), "{\"name\":\"" + name + " renamed\","
                + "\"kind\":\"company\",\"status\":\"active\",\"description\":\"<p>Made on B</p>\","
                + "\"websites\":[\"https://b.example\"],\"addresses\":[{\"street\":\"1 Rue Haute\","
                + "\"city\":\"Esch\",\"country\":\"LU\"},{\"city\":\"Metz\",\"country\":\"FR\"}]}",
                current.getJsonNumber("version").longValue()).expect(204);
        JsonObject run = Sync.syncNow(A, B);
        Sync.done(run);
        assertTrue(run.getInt("updated") >= 1, run.toString());

        JsonObject renamed = Sync.get(A, "/api/entities/" + copy.getString("id"));
        assertEquals(name + " renamed", renamed.getString("name"));
        assertEquals(0, Sync.entitiesNamed(A, name));
        assertEquals(1, Sync.entitiesNamed(A, name + " renamed"));
        assertEquals(2, renamed.getJsonArray("addresses").size());
        assertEquals(onA.getString("logo"), renamed.getString("logo"));
    }

    @Test
    void a2ConcurrentImportsAndSyncsMakeOneCopy() throws Exception {
        String name = unique("Concurrent import");
        String uri = entityOnB(name).getString("uri");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<JsonObject>> calls = new ArrayList<>();
            calls.add(() -> Sync.importObjects(A, B, uri));
            calls.add(() -> Sync.importObjects(A, B, uri));
            calls.add(() -> Sync.syncNow(A, B));
            calls.add(() -> Sync.importObjects(A, B, uri));
            for (Future<JsonObject> done : pool.invokeAll(calls)) {
                assertNotNull(done.get());
            }
        } finally {
            pool.shutdown();
        }
        Sync.done(Sync.syncNow(A, B));
        assertEquals(1, Sync.entitiesNamed(A, name));
        JsonObject onA = Sync.get(A, "/api/entities/" + Sync.copyOf(A, uri).getString("id"));
        assertEquals(2, onA.getJsonArray("addresses").size());
    }

    @Test
    void a3TitleLogoAndTagChangedOnBArriveInOneSyncAndLocalReferencesStay() {
        String name = unique("Changing entity");
        JsonObject scheme = B.post("/api/taxonomies", "{\"code\":\"" + unique("sector")
                .replace(' ', '-') + "\",\"labels\":{\"en\":\"Sectors\"},\"appliesTo\":"
                + "[\"entity\",\"news\"]}").expect(201).object();
        String values = "/api/taxonomies/" + scheme.getString("id") + "/values";
        JsonObject energy = B.post(values, "{\"code\":\"energy\",\"labels\":{\"en\":"
                + "\"Energy\"}}").expect(201).object();
        JsonObject water = B.post(values, "{\"code\":\"water\",\"labels\":{\"en\":"
                + "\"Water\"}}").expect(201).object();
        JsonObject onB = Sync.entity(B, "{\"name\":\"" + name + "\",\"kind\":\"ngo\","
                + "\"status\":\"active\",\"tags\":[\"" + energy.getString("id") + "\"]}");
        Sync.logo(B, onB, Color.BLUE);
        String uri = onB.getString("uri");
        Sync.done(Sync.importObjects(A, B, uri));
        JsonObject copy = Sync.copyOf(A, uri);
        JsonObject before = Sync.get(A, "/api/entities/" + copy.getString("id"));
        assertEquals(List.of("Energy"), labels(before.getJsonArray("tags")));
        JsonObject local = Sync.article(A, "{\"type\":\"news\",\"status\":\"public\","
                + "\"title\":\"" + unique("About the copy") + "\",\"relatedEntities\":[\""
                + before.getString("id") + "\"]}");
        JsonObject localBefore = Sync.get(A, "/api/articles/" + local.getString("id"));

        JsonObject current = Sync.get(B, "/api/entities/" + onB.getString("id"));
        B.put("/api/entities/" + onB.getString("id"), "{\"name\":\"" + name + " v2\","
                + "\"kind\":\"ngo\",\"status\":\"active\",\"tags\":[\"" + water.getString("id")
                + "\"]}", current.getJsonNumber("version").longValue()).expect(204);
        Sync.logo(B, onB, Color.GREEN);
        JsonObject newOnB = Sync.get(B, "/api/entities/" + onB.getString("id"));

        Sync.done(Sync.syncNow(A, B));
        JsonObject after = Sync.get(A, "/api/entities/" + copy.getString("id"));
        assertEquals(name + " v2", after.getString("name"));
        assertEquals(List.of("Water"), labels(after.getJsonArray("tags")));
        String hash = newOnB.getString("logo").substring(newOnB.getString("logo")
                .lastIndexOf('/'));
        assertTrue(after.getString("logo", "").endsWith(hash), after.toString());
        assertEquals(before.getString("id"), after.getString("id"));
        assertEquals(before.getString("uri"), after.getString("uri"));
        JsonObject localAfter = Sync.get(A, "/api/articles/" + local.getString("id"));
        assertEquals(localBefore.getJsonNumber("version"), localAfter.getJsonNumber("version"));
        assertEquals(before.getString("id"), localAfter.getJsonArray("relatedEntities")
                .getJsonObject(0).getString("id"));
    }

    @Test
    void a4AFieldChangedOnBothSidesIsAConflictAndALocalTagSurvives() {
        String name = unique("Conflicting entity");
        JsonObject onB = Sync.entity(B, "{\"name\":\"" + name + "\",\"kind\":\"company\","
                + "\"status\":\"active\",\"email\":\"b@b.example\",\"phone\":\"+352 1\"}");
        String uri = onB.getString("uri");
        Sync.done(Sync.importObjects(A, B, uri));
        String id = Sync.copyOf(A, uri).getString("id");
        JsonObject onA = Sync.get(A, "/api/entities/" + id);
        A.put("/api/entities/" + id, "{\"name\":\"" + name + "\",\"kind\":\"company\","
                + "\"status\":\"active\",\"email\":\"a@a.example\",\"phone\":\"+352 1\"}",
                onA.getJsonNumber("version").longValue()).expect(204);
        JsonObject bNow = Sync.get(B, "/api/entities/" + onB.getString("id"));
        B.put("/api/entities/" + onB.getString("id"), "{\"name\":\"" + name + "\",\"kind\":"
                + "\"company\",\"status\":\"active\",\"email\":\"new@b.example\",\"phone\":"
                + "\"+352 2\"}", bNow.getJsonNumber("version").longValue()).expect(204);

        JsonObject run = Sync.syncNow(A, B);
        Sync.done(run);
        assertTrue(run.getInt("conflicts") >= 1, run.toString());
        JsonObject merged = Sync.get(A, "/api/entities/" + id);
        assertEquals("a@a.example", merged.getString("email"), "the local change stays");
        assertEquals("+352 2", merged.getString("phone"), "the remote-only change arrives");
        JsonObject copy = Sync.get(A, "/api/admin/copies/" + id);
        assertTrue(copy.getBoolean("inConflict"));
        JsonObject conflict = copy.getJsonArray("conflicts").getJsonObject(0);
        assertEquals("email", conflict.getString("field"));
        assertEquals("a@a.example", conflict.getString("local"));
        assertEquals("new@b.example", conflict.getString("remote"));

        JsonObject resolved = A.post("/api/admin/copies/" + id + "/conflicts/email",
                "{\"resolution\":\"take-remote\"}").expect(200).object();
        assertFalse(resolved.getBoolean("inConflict"), resolved.toString());
        assertEquals("new@b.example", Sync.get(A, "/api/entities/" + id).getString("email"));
        assertEquals(400, A.post("/api/admin/copies/" + id + "/conflicts/email",
                "{\"resolution\":\"maybe\"}").status());
    }

    @Test
    void a5AnArticleReferringToAnEntityNotOnAKeepsTheReferenceUntilItArrives() {
        JsonObject entity = Sync.entity(B, "{\"name\":\"" + unique("Organiser") + "\","
                + "\"kind\":\"academic\",\"status\":\"active\"}");
        JsonObject article = Sync.article(B, "{\"type\":\"event\",\"status\":\"public\","
                + "\"title\":\"" + unique("Referring event") + "\",\"relatedEntities\":[\""
                + entity.getString("id") + "\"],\"event\":{\"start\":\"2027-03-01T09:00:00Z\","
                + "\"end\":\"2027-03-01T17:00:00Z\",\"timeZone\":\"Europe/Luxembourg\"}}");
        Sync.done(Sync.importObjects(A, B, article.getString("uri")));
        JsonObject copy = Sync.copyOf(A, article.getString("uri"));
        JsonArray pending = copy.getJsonArray("pendingReferences");
        assertEquals(1, pending.size(), copy.toString());
        assertEquals(entity.getString("uri"), pending.getJsonObject(0).getString("uri"));
        assertEquals(0, Sync.get(A, "/api/articles/" + copy.getString("id"))
                .getJsonArray("relatedEntities").size());

        Sync.done(Sync.importObjects(A, B, entity.getString("uri")));
        String entityOnA = Sync.copyOf(A, entity.getString("uri")).getString("id");
        JsonObject linked = Sync.get(A, "/api/articles/" + copy.getString("id"));
        assertEquals(entityOnA, linked.getJsonArray("relatedEntities").getJsonObject(0)
                .getString("id"));
        assertTrue(Sync.get(A, "/api/admin/copies/" + copy.getString("id"))
                .getJsonArray("pendingReferences").isEmpty());
    }

    @Test
    void a6ObjectsOfAnotherNodeCannotBeImportedFromAPeer() {
        NodeClient.Reply refused = A.post("/api/admin/peers/" + Sync.peerId(A, B) + "/imports",
                "{\"uris\":[\"http://localhost:1/api/entities/"
                + "00000000-0000-0000-0000-000000000001\"]}");
        assertEquals(400, refused.status(), refused.body());
        String sync = "/api/admin/peers/" + Sync.peerId(A, B) + "/sync";
        assertEquals(400, A.get(sync + "?runs=abc").status());
        assertEquals(400, A.put(sync, "{\"followAll\":\"yes\"}", null).status());
        assertEquals(400, A.get("/api/admin/copies?max=-5").status());
        assertEquals(400, A.post("/api/admin/copies/" + java.util.UUID.randomUUID()
                + "/conflicts/email", "{\"resolution\":\"maybe\"}").status());
    }

    @Test
    void a7ConceptsTravelByUriSoTheSameCodeMeaningSomethingElseHereDoesNotMatter() {
        String code = "topics-" + Long.toString(System.nanoTime(), 36);
        JsonObject onB = B.post("/api/taxonomies", "{\"code\":\"" + code + "\",\"labels\":"
                + "{\"en\":\"Topics\"},\"appliesTo\":[\"news\"]}").expect(201).object();
        JsonObject cryptology = B.post("/api/taxonomies/" + onB.getString("id") + "/values",
                "{\"code\":\"7\",\"labels\":{\"en\":\"Cryptology\"}}").expect(201).object();
        JsonObject onA = A.post("/api/taxonomies", "{\"code\":\"" + code + "\",\"labels\":"
                + "{\"en\":\"Topics\"},\"appliesTo\":[\"news\"]}").expect(201).object();
        A.post("/api/taxonomies/" + onA.getString("id") + "/values",
                "{\"code\":\"7\",\"labels\":{\"en\":\"Training\"}}").expect(201);
        JsonObject article = Sync.article(B, "{\"type\":\"news\",\"status\":\"public\","
                + "\"title\":\"" + unique("Tagged on B") + "\",\"tags\":[\""
                + cryptology.getString("id") + "\"]}");
        String uriOnB = Sync.get(B, "/api/articles/" + article.getString("id"))
                .getJsonArray("tags").getJsonObject(0).getString("uri");

        Sync.done(Sync.importObjects(A, B, article.getString("uri")));
        JsonObject copy = Sync.get(A, "/api/articles/" + Sync.copyOf(A, article.getString("uri"))
                .getString("id"));
        JsonArray tags = copy.getJsonArray("tags");
        assertEquals(1, tags.size(), copy.toString());
        assertEquals("Cryptology", tags.getJsonObject(0).getString("label"));
        assertEquals(uriOnB, tags.getJsonObject(0).getString("uri"));
        assertNotEquals(code, tags.getJsonObject(0).getString("taxonomy"),
                "A's own taxonomy with that code is not the one used");
    }

    @Test
    void a8ATaxonomySubtreeIsImportedAndAMappedConceptTagsWithTheLocalValue() {
        String code = "fields-" + Long.toString(System.nanoTime(), 36);
        JsonObject onB = B.post("/api/taxonomies", "{\"code\":\"" + code + "\",\"labels\":"
                + "{\"en\":\"Fields\"},\"appliesTo\":[\"news\"]}").expect(201).object();
        String values = "/api/taxonomies/" + onB.getString("id") + "/values";
        JsonObject science = B.post(values, "{\"code\":\"sci\",\"labels\":{\"en\":"
                + "\"Science\"}}").expect(201).object();
        JsonObject physics = B.post(values, "{\"code\":\"phy\",\"labels\":{\"en\":"
                + "\"Physics\"},\"parent\":\"" + science.getString("id") + "\"}").expect(201)
                .object();
        B.post(values, "{\"code\":\"art\",\"labels\":{\"en\":\"Arts\"}}").expect(201);
        String physicsUri = tagUri(B, onB.getString("id"), physics.getString("id"));

        JsonObject imported = A.post("/api/admin/peers/" + Sync.peerId(A, B) + "/taxonomies",
                "{\"taxonomy\":\"" + onB.getString("id") + "\",\"subtree\":\"" + physicsUri
                + "\"}").expect(200).object();
        JsonArray copied = A.get("/api/taxonomies/" + imported.getString("id") + "/values")
                .expect(200).array();
        assertEquals(2, copied.size(), "Physics and its broader Science only: " + copied);

        JsonObject own = A.post("/api/taxonomies", "{\"code\":\"" + code + "-own\",\"labels\":"
                + "{\"en\":\"Own\"},\"appliesTo\":[\"news\"]}").expect(201).object();
        JsonObject letters = A.post("/api/taxonomies/" + own.getString("id") + "/values",
                "{\"code\":\"letters\",\"labels\":{\"en\":\"Letters\"}}").expect(201).object();
        JsonObject arts = B.get(values).expect(200).array().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(v -> "art".equals(v.getString("code"))).findFirst().orElseThrow();
        String artsUri = tagUri(B, onB.getString("id"), arts.getString("id"));
        A.put("/api/admin/concept-mappings", "{\"concept\":\"" + artsUri + "\",\"value\":\""
                + letters.getString("id") + "\"}", null).expect(200);
        JsonObject article = Sync.article(B, "{\"type\":\"news\",\"status\":\"public\","
                + "\"title\":\"" + unique("About the arts") + "\",\"tags\":[\""
                + arts.getString("id") + "\"]}");
        Sync.done(Sync.importObjects(A, B, article.getString("uri")));
        JsonObject copy = Sync.get(A, "/api/articles/" + Sync.copyOf(A, article.getString("uri"))
                .getString("id"));
        assertEquals(List.of("Letters"), labels(copy.getJsonArray("tags")), copy.toString());
    }

    private static String tagUri(NodeClient node, String scheme, String value) {
        return Sync.get(node, "/api/taxonomies/" + scheme + "/values/" + value).getString("uri");
    }

    private static List<String> labels(JsonArray tags) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            labels.add(tags.getJsonObject(i).getString("label"));
        }
        return labels;
    }
}
