package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Syncing with a peer that misbehaves: slow, busy, sending a broken feed, or answering that
 * an object is gone. Node A follows a peer played by the test, and also node B.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SyncFaultsIT {

    static final NodeClient A = HandshakeIT.A;
    static final NodeClient B = HandshakeIT.B;
    private static TestPeer peer;
    private static String peerId;

    @BeforeAll
    static void handshake() throws IOException {
        A.awaitStarted(Duration.ofMinutes(3));
        B.awaitStarted(Duration.ofMinutes(3));
        Sync.activeBetween(A, B);
        peer = new TestPeer();
        NodeClient.Reply asked = A.send(peer.signed("POST", A.baseUrl
                + "/api/node/v1/handshakes", "{\"baseUrl\":\"" + peer.baseUrl + "\"}"), false);
        assertEquals(202, asked.status(), asked.body());
        A.act(peer.baseUrl, "approval").expect(200);
        peerId = A.peer(peer.baseUrl).getString("id");
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    private static String feed(long after, long next, boolean more, String changes) {
        return "{\"after\":" + after + ",\"next\":" + next + ",\"more\":" + more + ",\"head\":"
                + next + ",\"changes\":[" + changes + "]}";
    }

    private static JsonObject latestRun() {
        return Sync.get(A, "/api/admin/peers/" + peerId + "/sync?runs=1").getJsonArray("runs")
                .getJsonObject(0);
    }

    private static JsonObject awaitEnd(long runAfter) {
        Instant until = Instant.now().plus(Sync.RUN_LIMIT);
        while (Instant.now().isBefore(until)) {
            JsonObject run = latestRun();
            if (run.getJsonNumber("id").longValue() > runAfter
                    && !"running".equals(run.getString("state"))) {
                return run;
            }
            NodeClient.pause(200);
        }
        throw new AssertionError("The run did not end");
    }

    @Test
    void a1ASlowPeerDoesNotHoldUpTheSyncOfAnother() {
        peer.serve("changes", feed(0, 0, false, ""));
        peer.slow(12);
        try {
            long before = Sync.latestRunId(A, peerId);
            A.post("/api/admin/peers/" + peerId + "/sync", null).expect(202);
            NodeClient.pause(500);
            Instant start = Instant.now();
            Sync.done(Sync.syncNow(A, B));
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 8,
                    "B's run ended while the slow peer's was still going");
            assertEquals("running", latestRun().getString("state"));
            Sync.done(awaitEnd(before));
        } finally {
            peer.slow(0);
        }
    }

    @Test
    void a2ABusyPeerFailsTheRunIsNotCalledBeforeItsRetryAfterAndFailuresAreCounted() {
        peer.busy(4);
        try {
            long before = Sync.latestRunId(A, peerId);
            A.post("/api/admin/peers/" + peerId + "/sync", null).expect(202);
            JsonObject failed = awaitEnd(before);
            assertEquals("failed", failed.getString("state"));
            assertTrue(failed.getString("message").contains("503"), failed.toString());
            A.post("/api/admin/peers/" + peerId + "/sync", null).expect(202);
            JsonObject waited = awaitEnd(failed.getJsonNumber("id").longValue());
            assertTrue(waited.getString("message").contains("asked to wait"), waited.toString());
            JsonObject state = Sync.get(A, "/api/admin/peers/" + peerId + "/sync");
            assertTrue(state.getInt("runsFailed") >= 2, state.toString());
            assertTrue(A.peer(peer.baseUrl).getInt("failures") >= 1);
        } finally {
            peer.busy(0);
            NodeClient.pause(4500);
        }
    }

    @Test
    void a3ABrokenFeedFailsTheRunWithItsReasonAndTheCheckpointStays() {
        long position = Sync.get(A, "/api/admin/peers/" + peerId + "/sync")
                .getJsonNumber("position").longValue();
        peer.serve("changes", "{\"next\":\"soon\",\"changes\":{}}");
        long before = Sync.latestRunId(A, peerId);
        A.post("/api/admin/peers/" + peerId + "/sync", null).expect(202);
        JsonObject failed = awaitEnd(before);
        assertEquals("failed", failed.getString("state"));
        assertTrue(failed.getString("message").contains("next"), failed.toString());
        assertEquals(position, Sync.get(A, "/api/admin/peers/" + peerId + "/sync")
                .getJsonNumber("position").longValue());
    }

    @Test
    void a4AnObjectThePeerSaysIsGoneIsWithdrawnNotRefreshed() {
        String uri = peer.baseUrl + "/api/entities/5f0b5e0e-7c55-4d2a-9b59-2f6a3c1d0e11";
        String entity = "{\"@context\":\"https://schema.org/\",\"@type\":\"Corporation\","
                + "\"@id\":\"" + uri + "\",\"version\":7,\"name\":\"Peer company "
                + System.nanoTime() + "\",\"description\":\"<p>Hello<img src=x onerror=alert(1)>"
                + "</p>\"}";
        peer.serve("objects", "{\"head\":7,\"changes\":[{\"seq\":7,\"op\":\"upsert\","
                + "\"type\":\"entity\",\"@id\":\"" + uri + "\",\"item\":" + entity + "}]}");
        Sync.done(Sync.importObjects(A, peerNode(), uri));
        JsonObject copy = Sync.copyOf(A, uri);
        JsonObject onA = Sync.get(A, "/api/entities/" + copy.getString("id"));
        assertTrue(!onA.getString("description").contains("onerror"), onA.toString());

        peer.serve("objects", "{\"head\":9,\"changes\":[{\"seq\":9,\"op\":\"gone\","
                + "\"type\":\"entity\",\"@id\":\"" + uri + "\"}]}");
        Sync.done(A.post("/api/admin/copies/" + copy.getString("id") + "/refresh", null)
                .expect(200).object());
        JsonObject gone = Sync.get(A, "/api/admin/copies/" + copy.getString("id"));
        assertEquals("gone", gone.getString("withdrawnReason"), gone.toString());
        assertEquals("inactive", Sync.get(A, "/api/entities/" + copy.getString("id"))
                .getString("status"));
    }

    private static NodeClient peerNode() {
        return new NodeClient(peer.baseUrl);
    }
}
