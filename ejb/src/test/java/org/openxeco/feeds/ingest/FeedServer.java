package org.openxeco.feeds.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 serving feeds for the tests: each path answers what was put
 * there last (status, media type, body, ETag, a redirect), a 304 when the request's
 * If-None-Match names the current ETag; the requests' paths and conditional headers are
 * kept.
 */
final class FeedServer implements AutoCloseable {

    record Reply(int status, String contentType, byte[] body, String etag, String location) {
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, Long> pauses = new ConcurrentHashMap<>();
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    final List<String> requested = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, String contentType, String body) {
        serve(path, new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, null));
    }

    void serve(String path, Reply reply) {
        replies.put(path, reply);
    }

    /** Serves the body in two halves with a pause between them. */
    void serveSlowly(String path, String contentType, String body, long pauseMillis) {
        serve(path, contentType, body);
        pauses.put(path, pauseMillis);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requested.add(exchange.getRequestURI().getPath());
        Reply reply = replies.get(exchange.getRequestURI().getPath());
        String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (condition != null) {
            ifNoneMatch.add(condition);
        }
        try (exchange) {
            if (reply == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (reply.etag() != null) {
                exchange.getResponseHeaders().add("ETag", reply.etag());
                if (reply.etag().equals(condition)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            }
            byte[] body = reply.body() == null ? new byte[0] : reply.body();
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    Long pause = pauses.get(exchange.getRequestURI().getPath());
                    int half = pause == null ? body.length : body.length / 2;
                    out.write(body, 0, half);
                    out.flush();
                    if (pause != null) {
                        sleep(pause);
                    }
                    out.write(body, half, body.length - half);
                } catch (IOException e) {
                    // The client gave up waiting.
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
