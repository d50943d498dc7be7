package org.openxeco.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * The node under test, reached over HTTP only. Its address, the administrator password and
 * the database it runs on come from the system properties the build passes to the suite.
 */
public final class Node {

    public static final String BASE_URL = System.getProperty("it.base.url",
            "http://localhost:9080").replaceFirst("/+$", "");
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "");
    public static final String DATABASE = System.getProperty("it.database", "h2");

    /** How long first-start loading (taxonomies and demo data) may take. */
    static final Duration START_LIMIT = Duration.ofMinutes(3);

    /**
     * HTTP/1.1 for every test, so that each test sees its own subject; the tests that speak
     * HTTP/2 ask for it with {@link #sendOver}.
     */
    private static final HttpClient CLIENT = client(HttpClient.Version.HTTP_1_1);

    private static HttpClient client(HttpClient.Version version) {
        return HttpClient.newBuilder()
                .version(version)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static volatile boolean started;

    /** Locations of every object created (201 with Location) since the last call to take. */
    private static final List<String> CREATED = new java.util.ArrayList<>();

    private Node() {
    }

    /** Who sends a request: nobody, the administrator, or someone with given credentials. */
    public record Caller(String authorization) {

        public static final Caller ANONYMOUS = new Caller(null);
        public static final Caller ADMIN = basic(ADMIN_USER, ADMIN_PASSWORD);

        public static Caller basic(String user, String password) {
            return new Caller("Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Waits until the node answers {@code /health/started} with 200 and status UP, that is
     * until first-start loading is done. Fails the calling test after {@link #START_LIMIT}.
     */
    public static synchronized void awaitStarted() {
        if (started) {
            return;
        }
        Instant limit = Instant.now().plus(START_LIMIT);
        String last = "no answer";
        while (Instant.now().isBefore(limit)) {
            try {
                Reply reply = send(request("/health/started", Caller.ANONYMOUS)
                        .timeout(Duration.ofSeconds(10)).GET().build());
                if (reply.status() == 200 && "UP".equals(reply.json().asJsonObject()
                        .getString("status", ""))) {
                    started = true;
                    return;
                }
                last = reply.status() + " " + reply.body();
            } catch (RuntimeException e) {
                last = e.toString();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the node", e);
            }
        }
        throw new AssertionError("The node at " + BASE_URL + " did not report started within "
                + START_LIMIT + "; last answer: " + last);
    }

    public static Reply get(String path, Caller caller) {
        return send(request(path, caller).GET().build());
    }

    public static Reply get(String path) {
        return get(path, Caller.ANONYMOUS);
    }

    public static Reply post(String path, Caller caller, JsonStructure body) {
        return send(path, "POST", caller, "application/json", body.toString(), null);
    }

    public static Reply put(String path, Caller caller, JsonStructure body) {
        return send(path, "PUT", caller, "application/json", body.toString(), null);
    }

    public static Reply put(String path, Caller caller, JsonStructure body, String ifMatch) {
        return send(path, "PUT", caller, "application/json", body.toString(), ifMatch);
    }

    public static Reply delete(String path, Caller caller, String ifMatch) {
        return send(path, "DELETE", caller, null, null, ifMatch);
    }

    /** Any request with a text body (or none), an optional content type and If-Match. */
    public static Reply send(String path, String method, Caller caller, String contentType,
            String body, String ifMatch) {
        return sendBody(path, method, caller, contentType,
                body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(body, StandardCharsets.UTF_8), ifMatch);
    }

    /** Any request with the given body publisher. */
    public static Reply sendBody(String path, String method, Caller caller, String contentType,
            BodyPublisher body, String ifMatch) {
        HttpRequest.Builder builder = request(path, caller).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.build());
    }

    /**
     * Sends requests on one connection of a client of the given HTTP version (HTTP/2 over
     * cleartext upgrades the connection on its first request) and answers the last reply.
     */
    public static List<Reply> sendOver(HttpClient.Version version, List<HttpRequest> requests) {
        HttpClient client = client(version);
        List<Reply> replies = new java.util.ArrayList<>();
        for (HttpRequest request : requests) {
            replies.add(send(client, request));
        }
        return replies;
    }

    /** A request builder for a path, with the caller's credentials. */
    public static HttpRequest.Builder requestTo(String path, Caller caller) {
        return request(path, caller);
    }

    /** The If-Match value for a version: the version in quotes, as the ETag gives it. */
    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    private static HttpRequest.Builder request(String path, Caller caller) {
        URI uri = URI.create(path.startsWith("http") ? path : BASE_URL + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(3))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (caller.authorization() != null) {
            builder.header("Authorization", caller.authorization());
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        return send(CLIENT, request);
    }

    private static Reply send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request,
                    BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 201) {
                response.headers().firstValue("Location").ifPresent(Node::remember);
            }
            return new Reply(request.method() + " " + request.uri()
                    + (response.version() == HttpClient.Version.HTTP_2 ? " (HTTP/2)" : ""),
                    response.statusCode(),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.uri(), e);
        }
    }

    private static synchronized void remember(String location) {
        CREATED.add(location);
    }

    /** The locations of objects created since the last call, oldest first, and forgets them. */
    public static synchronized List<String> takeCreated() {
        List<String> taken = List.copyOf(CREATED);
        CREATED.clear();
        return taken;
    }

    /** Parses JSON text. */
    static JsonStructure parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** A response as the tests read it. */
    public record Reply(String request, int status, java.net.http.HttpHeaders headers,
            String body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonStructure json() {
            try {
                return parse(body);
            } catch (RuntimeException e) {
                throw new AssertionError(request + " answered " + status
                        + " without a JSON body: " + body, e);
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        /** Describes the exchange for assertion messages. */
        @Override
        public String toString() {
            String text = body == null ? "" : body;
            return request + " -> " + status + " " + contentType() + " "
                    + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }
}
