package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.openxeco.network.trust.Keys;

/**
 * Signed requests as a receiving node judges them: a test peer in an active handshake with
 * node A sends requests that are fine, early, late, replayed, altered or signed with a key it
 * does not publish, and A refuses each wrong one with its own problem type and a log line.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SignedRequestIT {

    private static final NodeClient A = new NodeClient(System.getProperty("it.node.a",
            "http://localhost:9180"));
    private static final String CATALOGUE = "/api/node/v1/catalogue/entities?limit=5";
    private static TestPeer peer;

    @BeforeAll
    static void handshake() throws IOException {
        A.awaitStarted(Duration.ofMinutes(3));
        peer = new TestPeer();
        String body = "{\"baseUrl\":\"" + peer.baseUrl + "\"}";
        NodeClient.Reply asked = A.send(peer.signed("POST", A.baseUrl
                + "/api/node/v1/handshakes", body), false);
        assertEquals(202, asked.status(), asked.body());
        assertEquals("pending", asked.object().getString("state"));
        JsonObject pending = A.peer(peer.baseUrl);
        assertEquals(peer.descriptor().currentKey().fingerprint(),
                pending.getString("fingerprint"));
        A.act(peer.baseUrl, "approval").expect(200);
        assertEquals("active", A.peer(peer.baseUrl).getString("state"));
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void aFreshRequestIsAcceptedAndTheAnswerIsSigned() {
        NodeClient.Reply reply = send(Instant.now());
        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void aPeerWhoseClockIs90SecondsAheadIsAccepted() {
        NodeClient.Reply reply = send(Instant.now().plusSeconds(90));
        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void aRequestCapturedTenMinutesAgoIsRefusedAsExpired() {
        assertRefused(send(Instant.now().minus(Duration.ofMinutes(10))), 401,
                "signature-expired");
        assertRefused(send(Instant.now().plus(Duration.ofMinutes(6))), 401,
                "signature-expired");
    }

    @Test
    void aRequestReplayedAtOnceIsRefused() {
        String target = A.baseUrl + CATALOGUE;
        Map<String, String> captured = peer.signature("GET", target, new byte[0],
                Instant.now(), peer.currentKey(), peer.keyId(peer.currentKey()));
        assertEquals(200, A.send(TestPeer.request("GET", target, new byte[0], captured), false)
                .status());
        assertRefused(A.send(TestPeer.request("GET", target, new byte[0], captured), false),
                401, "replayed-request");
    }

    @Test
    void aChangedBodyOrPathIsRefused() {
        String target = A.baseUrl + "/api/node/v1/handshakes";
        byte[] body = ("{\"baseUrl\":\"" + peer.baseUrl + "\"}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signature = peer.signature("POST", target, body, Instant.now(),
                peer.currentKey(), peer.keyId(peer.currentKey()));
        byte[] changed = ("{\"baseUrl\":\"" + peer.baseUrl + "/\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(A.send(TestPeer.request("POST", target, changed, signature), false), 401,
                "digest-mismatch");
        String catalogue = A.baseUrl + CATALOGUE;
        Map<String, String> forCatalogue = peer.signature("GET", catalogue, new byte[0],
                Instant.now(), peer.currentKey(), peer.keyId(peer.currentKey()));
        assertRefused(A.send(TestPeer.request("GET", catalogue.replace("limit=5", "limit=6"),
                new byte[0], forCatalogue), false), 401, "bad-signature");
        assertRefused(A.send(TestPeer.request("GET", catalogue.replace("entities", "articles"),
                new byte[0], forCatalogue), false), 401, "bad-signature");
    }

    @Test
    void aKeyThePeerDoesNotPublishIsRefusedAsUnknown() {
        KeyPair stranger = Keys.generate();
        String target = A.baseUrl + CATALOGUE;
        String keyId = peer.baseUrl + "#0000000000000000";
        assertRefused(A.send(TestPeer.request("GET", target, new byte[0], peer.signature("GET",
                target, new byte[0], Instant.now(), stranger, keyId)), false), 401,
                "unknown-key");
        assertRefused(A.send(TestPeer.request("GET", target, new byte[0], peer.signature("GET",
                target, new byte[0], Instant.now(), stranger, "http://127.0.0.1:1#ab")),
                false), 401, "unknown-key");
        assertRefused(A.send(TestPeer.request("GET", target, new byte[0], Map.of()), false),
                401, "signature-missing");
    }

    @Test
    void afterThePeerRotatesItsKeyRequestsWithTheNewKeyAreAccepted() {
        KeyPair fresh = peer.rotate();
        String target = A.baseUrl + CATALOGUE;
        NodeClient.Reply reply = A.send(TestPeer.request("GET", target, new byte[0],
                peer.signature("GET", target, new byte[0], Instant.now(), fresh,
                        peer.keyId(fresh))), false);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(A.peer(peer.baseUrl).getJsonArray("keyIds").toString()
                .contains(peer.keyId(fresh)));
    }

    @Test
    void aRefusalIsLoggedByTheReceivingNode() throws IOException {
        send(Instant.now().minus(Duration.ofMinutes(30)));
        Path log = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"),
                "usr/servers", System.getProperty("it.node.a.server", "openxeco-it-h2"),
                "logs/messages.log");
        String text = Files.readString(log);
        assertTrue(text.contains("Refused a node-to-node GET " + A.baseUrl + CATALOGUE),
                "no refusal line in " + log);
        assertTrue(text.contains("signature-expired"));
    }

    @Test
    void aPeerThatAsksToWaitIsNotCalledBeforeRetryAfter() {
        peer.busy(120);
        try {
            NodeClient.Reply recheck = A.act(peer.baseUrl, "recheck");
            assertEquals(502, recheck.status(), recheck.body());
            JsonObject record = A.peer(peer.baseUrl);
            assertNotNull(record.get("retryAfter"), record.toString());
            Instant until = Instant.parse(record.getString("retryAfter"));
            assertTrue(until.isAfter(Instant.now().plusSeconds(100)), until.toString());
            assertEquals("degraded", record.getString("health"));
            NodeClient.Reply again = A.act(peer.baseUrl, "recheck");
            assertEquals(502, again.status());
            assertTrue(again.body().contains("asked to wait until"), again.body());
        } finally {
            peer.busy(0);
        }
    }

    @Test
    void keysOnlyTheAddressVouchesForAreRefusedAndTheConfirmedKeyIsKept() {
        String confirmed = A.peer(peer.baseUrl).getString("fingerprint");
        KeyPair current = peer.currentKey();
        java.util.List<KeyPair> saved = new java.util.ArrayList<>(java.util.List.of(current));
        KeyPair intruder = peer.replaceKeys();
        String target = A.baseUrl + CATALOGUE;
        NodeClient.Reply reply = A.send(TestPeer.request("GET", target, new byte[0],
                peer.signature("GET", target, new byte[0], Instant.now(), intruder,
                        peer.keyId(intruder))), false);
        assertRefused(reply, 401, "unknown-key");
        assertEquals(confirmed, A.peer(peer.baseUrl).getString("fingerprint"));
        assertEquals(401, A.send(TestPeer.request("GET", target, new byte[0],
                peer.signature("GET", target, new byte[0], Instant.now(), intruder,
                        peer.keyId(intruder))), false).status(), "and not on a second try");
        peer.restoreKeys(saved);
        assertEquals(200, send(Instant.now()).status());
    }

    @Test
    void theChangeFeedGivesAnActivePeerWhatChangedInSequenceOrder() {
        String feed = A.baseUrl + "/api/node/v1/changes?after=" + Long.MAX_VALUE / 2;
        NodeClient.Reply start = A.send(peer.signed("GET", feed, ""), false);
        assertEquals(200, start.status(), start.body());
        long head = start.object().getJsonNumber("head").longValue();
        String name = "Feed probe " + System.nanoTime();
        A.post("/api/entities", "{\"name\":\"" + name + "\",\"kind\":\"ngo\","
                + "\"status\":\"active\"}").expect(201);
        A.post("/api/entities", "{\"name\":\"" + name + " hidden\",\"kind\":\"ngo\","
                + "\"status\":\"inactive\"}").expect(201);
        NodeClient.Reply page = A.send(peer.signed("GET", A.baseUrl
                + "/api/node/v1/changes?limit=10&after=" + head, ""), false);
        assertEquals(200, page.status(), page.body());
        jakarta.json.JsonArray changes = page.object().getJsonArray("changes");
        assertEquals(2, changes.size(), changes.toString());
        assertEquals("upsert", changes.getJsonObject(0).getString("op"));
        assertEquals(name, changes.getJsonObject(0).getJsonObject("item").getString("name"));
        assertEquals("withdrawn", changes.getJsonObject(1).getString("op"));
        assertEquals("not-public", changes.getJsonObject(1).getString("reason"));
        assertTrue(changes.getJsonObject(0).getJsonNumber("seq").longValue()
                < changes.getJsonObject(1).getJsonNumber("seq").longValue());
        assertRefused(A.send(TestPeer.request("GET", feed, new byte[0], Map.of()), false), 401,
                "signature-missing");
    }

    @Test
    void zzARevokedPeerIsRefusedAtOnce() {
        assertEquals(200, send(Instant.now()).status());
        A.act(peer.baseUrl, "revocation").expect(200);
        assertRefused(send(Instant.now()), 403, "peer-not-trusted");
    }

    private static NodeClient.Reply send(Instant created) {
        String target = A.baseUrl + CATALOGUE;
        return A.send(TestPeer.request("GET", target, new byte[0], peer.signature("GET",
                target, new byte[0], created, peer.currentKey(),
                peer.keyId(peer.currentKey()))), false);
    }

    private static void assertRefused(NodeClient.Reply reply, int status, String kind) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(kind, reply.problemKind(), reply.body());
    }
}
