package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.network.NodeClient.inState;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A third node C imports from B, is stopped, and finds B's deletions and withdrawals when it
 * is back; then removes B, keeping and later deleting its copies.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SyncAcrossDowntimeIT {

    static final NodeClient B = HandshakeIT.B;
    static final NodeClient C = HandshakeIT.C;
    static HandshakeIT.LibertyServer third;

    @BeforeAll
    static void up() throws Exception {
        third = new HandshakeIT.LibertyServer(Path.of(System.getProperty("it.wlp.home",
                "target/liberty/wlp")), System.getProperty("it.node.c.server", "openxeco-it-net"));
        third.start();
        B.awaitStarted(Duration.ofMinutes(3));
        C.awaitStarted(Duration.ofMinutes(3));
        Sync.activeBetween(C, B);
    }

    @AfterAll
    static void down() throws Exception {
        third.stop();
    }

    private static String unique(String text) {
        return text + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void a1WhatBDeletedOrUnpublishedWhileCWasDownIsWithdrawnOnCWithReasonAndTime()
            throws Exception {
        String name = unique("Unpublished later");
        JsonObject entity = Sync.entity(B, "{\"name\":\"" + name + "\",\"kind\":\"company\","
                + "\"status\":\"active\"}");
        String title = unique("Deleted later");
        JsonObject article = Sync.article(B, "{\"type\":\"news\",\"status\":\"public\","
                + "\"title\":\"" + title + "\",\"summary\":\"Soon gone\"}");
        Sync.done(Sync.importObjects(C, B, entity.getString("uri"), article.getString("uri")));
        JsonObject articleCopy = Sync.copyOf(C, article.getString("uri"));
        String oldSlug = Sync.get(C, "/api/articles/" + articleCopy.getString("id"))
                .getString("slug");

        third.stop();
        JsonObject current = Sync.get(B, "/api/articles/" + article.getString("id"));
        B.delete("/api/articles/" + article.getString("id"),
                current.getJsonNumber("version").longValue()).expect(204);
        JsonObject e = Sync.get(B, "/api/entities/" + entity.getString("id"));
        B.put("/api/entities/" + entity.getString("id"), "{\"name\":\"" + name + "\",\"kind\":"
                + "\"company\",\"status\":\"inactive\"}", e.getJsonNumber("version").longValue())
                .expect(204);
        third.start();
        C.awaitStarted(Duration.ofMinutes(3));
        C.awaitPeer(B.baseUrl, inState("active"), HandshakeIT.CONVERGE);

        // C syncs B every few seconds by itself; a run started now also finds what changed.
        Sync.done(Sync.syncNow(C, B));
        assertTrue(Sync.awaitRun(C, B, "schedule"), "C also syncs B on its schedule");
        JsonObject deleted = Sync.get(C, "/api/admin/copies/" + articleCopy.getString("id"));
        assertEquals("deleted", deleted.getString("withdrawnReason"), deleted.toString());
        assertNotNull(deleted.getString("withdrawnAt"));
        String entityCopy = Sync.copyOf(C, entity.getString("uri")).getString("id");
        JsonObject hidden = Sync.get(C, "/api/admin/copies/" + entityCopy);
        assertEquals("not-public", hidden.getString("withdrawnReason"), hidden.toString());
        assertEquals(404, anonymous(C, "/api/articles/" + articleCopy.getString("id")).status());
        assertEquals(404, anonymous(C, "/api/entities/" + entityCopy).status());

        JsonObject again = Sync.article(B, "{\"type\":\"news\",\"status\":\"public\","
                + "\"title\":\"" + title + "\",\"summary\":\"Same title, new article\"}");
        Sync.done(Sync.importObjects(C, B, again.getString("uri")));
        JsonObject newCopy = Sync.copyOf(C, again.getString("uri"));
        assertNotEquals(articleCopy.getString("id"), newCopy.getString("id"));
        assertEquals("deleted", Sync.get(C, "/api/admin/copies/" + articleCopy.getString("id"))
                .getString("withdrawnReason"), "the old copy stays withdrawn");
        assertNotEquals(oldSlug, Sync.get(C, "/api/articles/" + newCopy.getString("id"))
                .getString("slug"));
    }

    @Test
    void a2RemovingBKeepsCopiesDetachedReAddingLinksThemAndDeletingLeavesNoReference() {
        JsonObject entity = Sync.entity(B, "{\"name\":\"" + unique("Kept copy") + "\","
                + "\"kind\":\"ngo\",\"status\":\"active\"}");
        Sync.done(Sync.importObjects(C, B, entity.getString("uri")));
        String copyId = Sync.copyOf(C, entity.getString("uri")).getString("id");
        JsonObject local = Sync.article(C, "{\"type\":\"news\",\"status\":\"public\",\"title\":"
                + "\"" + unique("Local note") + "\",\"relatedEntities\":[\"" + copyId + "\"]}");

        String peer = Sync.peerId(C, B);
        assertEquals(400, C.delete("/api/admin/peers/" + peer + "?copies=maybe", null).status());
        C.delete("/api/admin/peers/" + peer + "?copies=keep", null).expect(200);
        JsonObject detached = Sync.get(C, "/api/admin/copies/" + copyId);
        assertTrue(!detached.containsKey("peer") || detached.isNull("peer"), detached.toString());
        Sync.get(C, "/api/entities/" + copyId);

        B.awaitPeer(C.baseUrl, inState("revoked"), HandshakeIT.CONVERGE);
        Sync.activeBetween(C, B);
        Sync.done(Sync.syncNow(C, B));
        JsonObject relinked = Sync.get(C, "/api/admin/copies/" + copyId);
        assertEquals(Sync.peerId(C, B), relinked.getString("peer"), relinked.toString());

        C.delete("/api/admin/peers/" + Sync.peerId(C, B) + "?copies=delete", null).expect(200);
        assertEquals(404, C.get("/api/entities/" + copyId).status());
        assertEquals(0, Sync.get(C, "/api/articles/" + local.getString("id"))
                .getJsonArray("relatedEntities").size());
        B.awaitPeer(C.baseUrl, inState("revoked"), HandshakeIT.CONVERGE);
    }

    private static NodeClient.Reply anonymous(NodeClient node, String path) {
        return node.send(HttpRequest.newBuilder(URI.create(node.baseUrl + path)).GET(), false);
    }
}
