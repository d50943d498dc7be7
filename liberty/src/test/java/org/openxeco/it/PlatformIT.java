package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** Health checks, the OpenAPI document, metrics and the no-op endpoint. */
class PlatformIT extends ApiTest {

    @Test
    void readinessIsUpAndIncludesTheDatabaseCheck() {
        Reply reply = Node.get("/health/ready");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject health = reply.object();
        assertEquals("UP", health.getString("status"), reply::toString);
        List<JsonObject> database = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> "database".equals(c.getString("name", null))).toList();
        assertEquals(1, database.size(), reply::toString);
        assertEquals("UP", database.get(0).getString("status"), reply::toString);
    }

    @Test
    void startedIsUpOnceFirstStartLoadingIsDone() {
        Reply reply = Node.get("/health/started");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject health = reply.object();
        assertEquals("UP", health.getString("status"), reply::toString);
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> "first-start-loading".equals(c.getString("name", null))
                        && "UP".equals(c.getString("status", null))), reply::toString);
    }

    @Test
    void livenessAndOverallHealthAreUp() {
        for (String path : List.of("/health/live", "/health")) {
            Reply reply = Node.get(path);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("UP", reply.object().getString("status"), reply::toString);
        }
    }

    @Test
    void openApiDocumentDescribesTheEntitiesPath() {
        Reply reply = Node.send("/openapi?format=JSON", "GET", ANONYMOUS, null, null,
                null);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject document = reply.object();
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/entities"), () -> "paths: " + paths.keySet());
        assertTrue(paths.getJsonObject("/entities").containsKey("get"), reply::toString);
        assertTrue(paths.getJsonObject("/entities").containsKey("post"), reply::toString);
        assertTrue(document.getJsonArray("servers").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> (Node.BASE_URL + "/api").equals(s.getString("url"))),
                () -> "servers: " + document.getJsonArray("servers"));
    }

    @Test
    void openApiUserInterfaceAnswers() {
        Reply reply = Node.send("/openapi/ui/", "GET", ANONYMOUS, null, null, null);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/html"), reply::toString);
    }

    @Test
    void metricsAnswer() {
        Reply reply = Node.send("/metrics", "GET", ANONYMOUS, null, null, null);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("# TYPE"), reply::toString);
    }

    /**
     * Request timers keep count, total and maximum but no percentile histograms, which hold
     * about half a megabyte per resource method and filled the heap of a node whose clients
     * used most of its API.
     */
    @Test
    void requestTimersCountWithoutPercentileHistograms() {
        assertEquals(200, Node.get("/api/ping").status());
        Reply reply = Node.send("/metrics?scope=base", "GET", ANONYMOUS, null, null, null);
        assertEquals(200, reply.status(), reply::toString);
        List<String> timers = reply.body().lines()
                .filter(l -> l.startsWith("REST_request_seconds")).toList();
        assertTrue(timers.stream().anyMatch(l -> l.startsWith("REST_request_seconds_count")
                && l.contains("PingResource")), reply::body);
        assertTrue(timers.stream().noneMatch(l -> l.contains("quantile=")),
                () -> String.join("\n", timers));
    }

    @Test
    void pingAnswersOk() {
        Reply reply = Node.get("/api/ping");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("ok", reply.object().getString("status"), reply::toString);
    }
}
