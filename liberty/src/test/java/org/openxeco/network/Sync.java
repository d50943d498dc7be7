package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openxeco.network.NodeClient.inState;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Steps of the sync tests, each through the nodes' administrator APIs. */
final class Sync {

    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private Sync() {
    }

    /** Makes the handshake between the two nodes active, asking and approving if needed. */
    static void activeBetween(NodeClient importer, NodeClient origin) {
        JsonObject peer = importer.peer(origin.baseUrl);
        if (peer != null && "active".equals(peer.getString("state"))
                && origin.peer(importer.baseUrl) != null
                && "active".equals(origin.peer(importer.baseUrl).getString("state"))) {
            return;
        }
        importer.requestHandshake(origin.baseUrl);
        JsonObject there = origin.peer(importer.baseUrl);
        if (!"active".equals(there.getString("state"))) {
            origin.act(importer.baseUrl, "approval").expect(200);
        }
        importer.awaitPeer(origin.baseUrl, inState("active"), HandshakeIT.CONVERGE);
    }

    static String peerId(NodeClient node, NodeClient peer) {
        return node.peer(peer.baseUrl).getString("id");
    }

    /** Creates an entity and returns it as the node shows it. */
    static JsonObject entity(NodeClient node, String json) {
        NodeClient.Reply created = node.post("/api/entities", json).expect(201);
        return created.object();
    }

    static JsonObject article(NodeClient node, String json) {
        return node.post("/api/articles", json).expect(201).object();
    }

    static JsonObject get(NodeClient node, String path) {
        return node.get(path).expect(200).object();
    }

    /** Imports the objects with these URIs of the peer into the node; returns the run. */
    static JsonObject importObjects(NodeClient node, NodeClient peer, String... uris) {
        return node.post("/api/admin/peers/" + peerId(node, peer) + "/imports",
                Json.createObjectBuilder().add("uris", Json.createArrayBuilder(List.of(uris)))
                        .build().toString()).expect(200).object();
    }

    /** Starts a sync of the peer now and waits until that run is over; returns it. */
    static JsonObject syncNow(NodeClient node, NodeClient peer) {
        String id = peerId(node, peer);
        long before = latestRunId(node, id);
        Instant until = Instant.now().plus(RUN_LIMIT);
        // A run already going (a scheduled one) is let finish first.
        while (node.post("/api/admin/peers/" + id + "/sync", null).status() == 409
                && Instant.now().isBefore(until)) {
            NodeClient.pause(200);
        }
        while (Instant.now().isBefore(until)) {
            JsonArray runs = get(node, "/api/admin/peers/" + id + "/sync?runs=5")
                    .getJsonArray("runs");
            for (int i = 0; i < runs.size(); i++) {
                JsonObject run = runs.getJsonObject(i);
                if (run.getJsonNumber("id").longValue() > before
                        && !"running".equals(run.getString("state"))
                        && "manual".equals(run.getString("trigger"))) {
                    return run;
                }
            }
            NodeClient.pause(200);
        }
        return fail("No sync run of " + peer.baseUrl + " on " + node.baseUrl + " ended within "
                + RUN_LIMIT);
    }

    /** Waits until a run with this trigger has ended well; whether one did in time. */
    static boolean awaitRun(NodeClient node, NodeClient peer, String trigger) {
        String id = peerId(node, peer);
        Instant until = Instant.now().plus(RUN_LIMIT);
        while (Instant.now().isBefore(until)) {
            JsonArray runs = get(node, "/api/admin/peers/" + id + "/sync?runs=20")
                    .getJsonArray("runs");
            for (int i = 0; i < runs.size(); i++) {
                if (trigger.equals(runs.getJsonObject(i).getString("trigger"))
                        && "done".equals(runs.getJsonObject(i).getString("state"))) {
                    return true;
                }
            }
            NodeClient.pause(500);
        }
        return false;
    }

    static long latestRunId(NodeClient node, String peerId) {
        JsonArray runs = get(node, "/api/admin/peers/" + peerId + "/sync?runs=1")
                .getJsonArray("runs");
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The node's copy of the object with this origin URI, or null. */
    static JsonObject copyOf(NodeClient node, String originUri) {
        JsonArray copies = node.get("/api/admin/copies?origin=" + java.net.URLEncoder.encode(
                originUri, java.nio.charset.StandardCharsets.UTF_8)).expect(200).array();
        return copies.isEmpty() ? null : copies.getJsonObject(0);
    }

    /** How many entities of the node have this exact name. */
    static int entitiesNamed(NodeClient node, String name) {
        JsonArray items = get(node, "/api/entities?size=100&q=" + java.net.URLEncoder
                .encode(name, java.nio.charset.StandardCharsets.UTF_8)).getJsonArray("items");
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            count += name.equals(items.getJsonObject(i).getString("name")) ? 1 : 0;
        }
        return count;
    }

    /** Sets a one-colour PNG as the entity's logo; returns the entity's new version. */
    static void logo(NodeClient node, JsonObject entity, Color colour) {
        long version = get(node, "/api/entities/" + entity.getString("id"))
                .getJsonNumber("version").longValue();
        node.putBytes("/api/entities/" + entity.getString("id") + "/logo", "image/png",
                png(colour), version).expect(204);
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void done(JsonObject run) {
        assertEquals("done", run.getString("state"), run.toString());
    }
}
