package org.openxeco.network;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.openxeco.network.trust.HttpSignatures;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;
import org.openxeco.network.trust.SignedMessage;

/**
 * A node played by the test: it serves a descriptor and the handshake calls on 127.0.0.1,
 * signs its requests and answers with its own Ed25519 keys, and can make the requests a
 * real node never would (old, replayed, altered, signed with a foreign key).
 */
final class TestPeer implements AutoCloseable {

    private final HttpServer server;
    final String baseUrl;
    private final List<KeyPair> keys = new ArrayList<>();
    private final Map<KeyPair, KeyPair> endorsers = new java.util.HashMap<>();
    private volatile int busyFor;
    private volatile int slowFor;
    private final Map<String, String> bodies = new java.util.concurrent.ConcurrentHashMap<>();

    TestPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        keys.add(Keys.generate());
        server.createContext(NodeDescriptor.WELL_KNOWN_PATH, exchange ->
                answer(exchange, 200, descriptor().toBytes(), Map.of()));
        server.createContext("/api/node/v1/", this::nodeApi);
        // Several threads, so that one slow answer does not hold up the descriptor.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "test-peer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    synchronized NodeDescriptor descriptor() {
        List<PublishedKey> published = new ArrayList<>();
        for (KeyPair pair : keys) {
            KeyPair by = endorsers.get(pair);
            byte[] key = pair.getPublic().getEncoded();
            published.add(by == null ? new PublishedKey(keyId(pair), "ed25519", key, null)
                    : new PublishedKey(keyId(pair), "ed25519", key, null, keyId(by),
                            PublishedKey.endorse(by.getPrivate(), keyId(pair), key)));
        }
        return new NodeDescriptor("Test peer", baseUrl, "1", "", "test", published);
    }

    synchronized KeyPair currentKey() {
        return keys.get(0);
    }

    String keyId(KeyPair pair) {
        return Keys.keyId(baseUrl, pair.getPublic().getEncoded());
    }

    /** Publishes a new key first, endorsed by the current one, which stays listed. */
    synchronized KeyPair rotate() {
        KeyPair fresh = Keys.generate();
        endorsers.put(fresh, keys.get(0));
        keys.add(0, fresh);
        return fresh;
    }

    /** Serves these keys again (after {@link #replaceKeys}). */
    synchronized void restoreKeys(List<KeyPair> restored) {
        keys.clear();
        keys.addAll(restored);
    }

    /** What someone who took over the address would do: serve only a key of their own. */
    synchronized KeyPair replaceKeys() {
        KeyPair intruder = Keys.generate();
        keys.clear();
        keys.add(intruder);
        return intruder;
    }

    /** Answers the next calls with 503 and a Retry-After of the given seconds. */
    void busy(int seconds) {
        busyFor = seconds;
    }

    /** Waits this many seconds before each answer of the node API. */
    void slow(int seconds) {
        slowFor = seconds;
    }

    /** Answers calls whose path (after /api/node/v1/) starts with the prefix with this body. */
    void serve(String pathPrefix, String body) {
        bodies.put(pathPrefix, body);
    }

    /** The signature fields a request to the target with this body gets. */
    Map<String, String> signature(String method, String target, byte[] body, Instant created,
            KeyPair key, String keyId) {
        return HttpSignatures.sign(SignedMessage.request(method, target, Map.of(), body), keyId,
                key.getPrivate(), created);
    }

    /** A request with the given signature fields (which may belong to another request). */
    static HttpRequest.Builder request(String method, String target, byte[] body,
            Map<String, String> signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        signature.forEach(request::header);
        return request;
    }

    /** A request signed now with the current key. */
    HttpRequest.Builder signed(String method, String target, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return request(method, target, bytes, signature(method, target, bytes, Instant.now(),
                currentKey(), keyId(currentKey())));
    }

    private void nodeApi(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (slowFor > 0) {
            try {
                Thread.sleep(slowFor * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (busyFor > 0) {
            answer(exchange, 503, "{\"title\":\"busy\"}".getBytes(StandardCharsets.UTF_8),
                    Map.of("Retry-After", String.valueOf(busyFor)));
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/api/node/v1/".length());
        String body = bodies.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("{\"state\":\"active\"}");
        answer(exchange, 200, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private void answer(HttpExchange exchange, int status, byte[] body,
            Map<String, String> extra) throws IOException {
        String target = baseUrl + exchange.getRequestURI().toString();
        KeyPair key = currentKey();
        Map<String, String> signature = HttpSignatures.sign(SignedMessage.response(
                exchange.getRequestMethod(), target, status, Map.of(), body), keyId(key),
                key.getPrivate(), Instant.now());
        signature.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        extra.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
