package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.network.NodeClient.inState;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Handshakes between real nodes: A on H2, B on PostgreSQL, and C, a third node on H2 that
 * this test starts and stops itself. Each side's state is read from its own admin API.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HandshakeIT {

    static final NodeClient A = new NodeClient(System.getProperty("it.node.a",
            "http://localhost:9180"));
    static final NodeClient B = new NodeClient(System.getProperty("it.node.b",
            "http://localhost:9280"));
    static final NodeClient C = new NodeClient(System.getProperty("it.node.c",
            "http://localhost:9480"));
    /** The re-check interval the test nodes run with is 3 s; this bounds convergence. */
    static final Duration CONVERGE = Duration.ofSeconds(15);

    @BeforeAll
    static void nodesUp() {
        A.awaitStarted(Duration.ofMinutes(3));
        B.awaitStarted(Duration.ofMinutes(3));
        // Earlier suites may have left a handshake between A and B: end it first.
        for (NodeClient[] pair : new NodeClient[][] {{A, B}, {B, A}}) {
            JsonObject peer = pair[0].peer(pair[1].baseUrl);
            if (peer != null && !"rejected".equals(peer.getString("state"))
                    && !"revoked".equals(peer.getString("state"))) {
                pair[0].act(pair[1].baseUrl, "revocation").expect(200);
            }
        }
    }

    @Test
    void a1RequestedPendingThenRejectedIsVisibleOnBothSides() {
        JsonObject asked = A.requestHandshake(B.baseUrl);
        assertEquals("requested", asked.getString("state"));
        assertTrue(asked.getBoolean("initiatedHere"));
        JsonObject pending = B.peer(A.baseUrl);
        assertEquals("pending", pending.getString("state"));
        assertFalse(pending.getBoolean("initiatedHere"));
        assertEquals(A.fingerprint(), pending.getString("fingerprint"),
                "B shows the fingerprint A publishes");
        assertEquals(B.fingerprint(), asked.getString("fingerprint"));

        B.act(A.baseUrl, "rejection").expect(200);
        assertEquals("rejected", B.peer(A.baseUrl).getString("state"));
        A.awaitPeer(B.baseUrl, inState("rejected"), CONVERGE);
    }

    @Test
    void a2AskedAgainAndApprovedBothSidesAreActive() {
        A.requestHandshake(B.baseUrl);
        assertEquals("pending", B.peer(A.baseUrl).getString("state"));
        B.act(A.baseUrl, "rejection").expect(200);
        A.awaitPeer(B.baseUrl, inState("rejected"), CONVERGE);
        A.requestHandshake(B.baseUrl);
        B.act(A.baseUrl, "approval").expect(200);
        assertEquals("active", B.peer(A.baseUrl).getString("state"));
        JsonObject onA = A.awaitPeer(B.baseUrl, inState("active"), CONVERGE);
        assertEquals("healthy", onA.getString("health"));
        assertEquals(409, B.act(A.baseUrl, "approval").status(), "approving twice");
    }

    @Test
    void a3RevocationIsVisibleOnBothSidesAndRefusedAtOnce() {
        A.act(B.baseUrl, "revocation").expect(200);
        assertEquals("revoked", A.peer(B.baseUrl).getString("state"));
        B.awaitPeer(A.baseUrl, inState("revoked"), CONVERGE);
        NodeClient.Reply browse = B.get("/api/admin/peers/" + B.peer(A.baseUrl).getString("id")
                + "/catalogue/entities");
        assertEquals(409, browse.status(), browse.body());
    }

    @Test
    void a4AfterRevocationANewHandshakeCanBeMade() {
        B.requestHandshake(A.baseUrl);
        assertEquals("pending", A.peer(B.baseUrl).getString("state"));
        A.act(B.baseUrl, "approval").expect(200);
        B.awaitPeer(A.baseUrl, inState("active"), CONVERGE);
        assertEquals("active", A.peer(B.baseUrl).getString("state"));
    }

    @Test
    void b1AfterBRotatesItsKeyItsCallsAreAcceptedWithoutManualSteps() {
        String before = B.fingerprint();
        JsonObject rotated = B.post("/api/admin/node/keys/rotation", null).expect(200)
                .object();
        assertNotEquals(before, rotated.getString("fingerprint"));
        // B signs with the new key from now on; A learns it from B's descriptor.
        B.act(A.baseUrl, "recheck").expect(200);
        A.act(B.baseUrl, "recheck").expect(200);
        JsonObject onA = A.peer(B.baseUrl);
        assertEquals(rotated.getString("fingerprint"), onA.getString("fingerprint"));
        assertTrue(onA.getJsonArray("keyIds").toString().contains(rotated.getString("keyId")));
        assertEquals("active", onA.getString("state"));
        assertEquals(2, B.get("/api/admin/node").expect(200).object().getJsonArray("keys")
                .size(), "the old key stays published for the grace period");
    }

    @Test
    void b2RotationsAtOnceLeaveOneCurrentKeyThatPeersFollow() throws Exception {
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<NodeClient.Reply>> all =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> B.post("/api/admin/node/keys/rotation", null)));
            }
            for (var reply : all) {
                reply.get().expect(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonArray keys = B.get("/api/admin/node").expect(200).object().getJsonArray("keys");
        long current = keys.stream().map(JsonValue::asJsonObject)
                .filter(k -> !k.containsKey("expires")).count();
        assertEquals(1, current, keys.toString());
        B.act(A.baseUrl, "recheck").expect(200);
        A.act(B.baseUrl, "recheck").expect(200);
        assertEquals(B.fingerprint(), A.peer(B.baseUrl).getString("fingerprint"));
        assertEquals("active", A.peer(B.baseUrl).getString("state"));
    }

    @Test
    void c1AnApprovalLostWhileTheRequesterIsDownIsPickedUpWhenItIsBack() throws Exception {
        Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"));
        String server = System.getProperty("it.node.c.server", "openxeco-it-net");
        LibertyServer third = new LibertyServer(wlp, server);
        third.start();
        try {
            C.awaitStarted(Duration.ofMinutes(3));
            C.requestHandshake(B.baseUrl);
            assertEquals("pending", B.peer(C.baseUrl).getString("state"));

            third.stop();
            B.act(C.baseUrl, "approval").expect(200);
            assertEquals("active", B.peer(C.baseUrl).getString("state"));
            JsonObject down = B.awaitPeer(C.baseUrl,
                    p -> "unreachable".equals(p.getString("health")), CONVERGE);
            assertTrue(down.getString("lastError", "").contains("Cannot reach"),
                    down.toString());

            third.start();
            C.awaitStarted(Duration.ofMinutes(3));
            Instant back = Instant.now();
            C.awaitPeer(B.baseUrl, inState("active"), CONVERGE);
            assertTrue(Duration.between(back, Instant.now()).compareTo(CONVERGE) <= 0);
            B.awaitPeer(C.baseUrl, p -> "healthy".equals(p.getString("health")), CONVERGE);
        } finally {
            third.stop();
        }
    }

    @Test
    void d1OutboundCallsToForbiddenAddressesAreRefused() {
        for (String url : new String[] {"http://169.254.169.254", "ftp://127.0.0.1:21",
            "http://[fe80::1]:9080", "http://metadata.google.internal",
            "http://user:secret@127.0.0.1:9080"}) {
            NodeClient.Reply reply = A.post("/api/admin/peers/preview",
                    "{\"baseUrl\":\"" + url + "\"}");
            assertEquals(400, reply.status(), url + " " + reply.body());
            assertEquals("baseUrl", reply.object().getJsonArray("errors").getJsonObject(0)
                    .getString("field"));
        }
        NodeClient.Reply nobody = A.post("/api/admin/peers/preview",
                "{\"baseUrl\":\"http://127.0.0.1:9\"}");
        assertEquals(502, nobody.status(), nobody.body());
    }

    @Test
    void e1AnActivePeerBrowsesOnlyWhatIsPublicAndShared() {
        String marker = "Peer catalogue probe " + System.nanoTime();
        B.post("/api/entities", "{\"name\":\"" + marker + " active\",\"kind\":\"company\","
                + "\"status\":\"active\",\"websites\":[\"https://probe.example\"]}")
                .expect(201);
        B.post("/api/entities", "{\"name\":\"" + marker + " second\",\"kind\":\"ngo\","
                + "\"status\":\"active\"}").expect(201);
        B.post("/api/entities", "{\"name\":\"" + marker + " inactive\",\"kind\":"
                + "\"company\",\"status\":\"inactive\"}").expect(201);
        String onA = "/api/admin/peers/" + A.peer(B.baseUrl).getString("id");
        String query = onA + "/catalogue/entities?q=" + marker.replace(' ', '+');
        JsonArray items = A.get(query).expect(200).object().getJsonArray("itemListElement");
        assertEquals(2, items.size(), items.toString());
        assertFalse(items.toString().contains(marker + " inactive"));
        JsonObject entity = items.stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("name").endsWith("active")).findFirst()
                .orElseThrow();
        assertEquals("Corporation", entity.getString("@type"));
        assertTrue(entity.getString("@id").startsWith(B.baseUrl + "/api/entities/"));

        JsonObject first = A.get(query + "&limit=1").expect(200).object();
        assertEquals(1, first.getJsonArray("itemListElement").size());
        JsonObject second = A.get(query + "&limit=1&cursor=" + first.getString("nextCursor"))
                .expect(200).object();
        assertEquals(1, second.getJsonArray("itemListElement").size());
        assertNotEquals(first.getJsonArray("itemListElement").getJsonObject(0).getString("@id"),
                second.getJsonArray("itemListElement").getJsonObject(0).getString("@id"));
        assertFalse(second.containsKey("nextCursor"), "two items make two pages");
        assertEquals(400, A.get(onA + "/catalogue/entities?limit=100000").status());
        assertEquals(400, A.get(onA + "/catalogue/everything").status());
        assertEquals(200, A.get(onA + "/catalogue/taxonomies").status());
    }

    @Test
    void f1ARequestWithdrawnBeforeTheDecisionIsWithdrawnOnBothSides() {
        A.act(B.baseUrl, "revocation").expect(200);
        B.awaitPeer(A.baseUrl, inState("revoked"), CONVERGE);
        A.requestHandshake(B.baseUrl);
        assertEquals("pending", B.peer(A.baseUrl).getString("state"));
        A.act(B.baseUrl, "revocation").expect(200);
        assertEquals("revoked", B.peer(A.baseUrl).getString("state"));
        assertEquals(409, B.act(A.baseUrl, "approval").status());
    }

    /** A Liberty server of the build, started and stopped with its own scripts. */
    record LibertyServer(Path wlp, String name) {

        void start() throws IOException, InterruptedException {
            run("start");
        }

        void stop() throws IOException, InterruptedException {
            run("stop");
        }

        private void run(String action) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                    name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        }
    }
}
