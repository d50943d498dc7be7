package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** One running node, driven through its administrator API. */
final class NodeClient {

    static final String PASSWORD = System.getProperty("it.admin.password", "");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final String baseUrl;

    NodeClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    /** A reply: status and body. */
    record Reply(int status, String body) {

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        Reply expect(int expected) {
            assertEquals(expected, status, body);
            return this;
        }

        /** The problem type's last part, as in {@code urn:openxeco:problem:bad-signature}. */
        String problemKind() {
            String type = object().getString("type", "");
            return type.substring(type.lastIndexOf(':') + 1);
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), true);
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), true);
    }

    Reply put(String path, String json, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(request, true);
    }

    Reply putBytes(String path, String type, byte[] body, long ifMatch) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", type)
                .header("If-Match", "\"" + ifMatch + "\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), true);
    }

    Reply delete(String path, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(request, true);
    }

    Reply send(HttpRequest.Builder request, boolean admin) {
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the node is up and done with first-start loading. */
    NodeClient awaitStarted(Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/health/started")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return this;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        return fail(baseUrl + " did not start within " + limit);
    }

    /** This node's own fingerprint, from its descriptor. */
    String fingerprint() {
        return get("/api/admin/node").expect(200).object().getJsonArray("keys")
                .getJsonObject(0).getString("fingerprint");
    }

    /** This node's record of the peer at the URL, if any. */
    JsonObject peer(String peerUrl) {
        for (JsonValue value : get("/api/admin/peers").expect(200).array()) {
            JsonObject peer = value.asJsonObject();
            if (peer.getString("baseUrl").equals(peerUrl)) {
                return peer;
            }
        }
        return null;
    }

    /** Looks the node at the URL up and asks it for a handshake with its fingerprint. */
    JsonObject requestHandshake(String peerUrl) {
        String fingerprint = post("/api/admin/peers/preview",
                "{\"baseUrl\":\"" + peerUrl + "\"}").expect(200).object()
                .getString("fingerprint");
        return post("/api/admin/peers", "{\"baseUrl\":\"" + peerUrl + "\",\"fingerprint\":\""
                + fingerprint + "\"}").expect(201).object();
    }

    Reply act(String peerUrl, String action) {
        return post("/api/admin/peers/" + peer(peerUrl).getString("id") + "/" + action, null);
    }

    /** Waits until this node's record of the peer matches, and returns it. */
    JsonObject awaitPeer(String peerUrl, Predicate<JsonObject> condition, Duration limit) {
        Instant until = Instant.now().plus(limit);
        JsonObject peer = null;
        while (Instant.now().isBefore(until)) {
            peer = peer(peerUrl);
            if (peer != null && condition.test(peer)) {
                return peer;
            }
            pause(300);
        }
        return fail(baseUrl + " never saw " + peerUrl + " as expected within " + limit
                + "; last: " + peer);
    }

    static Predicate<JsonObject> inState(String state) {
        return peer -> state.equals(peer.getString("state"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
