package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/** Requests crafted to crash, overload or trick the node are refused cleanly. */
class HardeningIT extends ApiTest {

    @Test
    void unreadableBasicCredentialsAreA401NotAServerError() {
        for (String header : List.of("Basic !!!", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)), "Bearer x")) {
            Reply reply = Node.get("/api/entities?size=1", new Caller(header));
            assertEquals(401, reply.status(), reply::toString);
            assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"),
                    reply::toString);
        }
    }

    @Test
    void wrongPasswordIsRefusedOnReadsToo() {
        Reply reply = Node.get("/api/entities?size=1", Caller.basic("admin", "wrong"));
        assertProblem(reply, 401, "unauthenticated");
    }

    @Test
    void controlCharacterInAFilterIsA400() {
        assertInvalid(Node.get("/api/entities?q=%00"), "query");
        assertInvalid(Node.get("/api/articles?tag=countries:%00"), "query");
    }

    @Test
    void malformedPercentEscapeIsA400() throws IOException {
        String answer = raw("GET /api/taxonomies?x=% HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void moreThanTenTagFiltersAreRefused() {
        String tags = "tag=countries:LU&".repeat(11);
        assertInvalid(Node.get("/api/entities?" + tags + "size=1"), "tag");
        assertEquals(200, Node.get("/api/entities?" + "tag=countries:LU&".repeat(10)
                + "size=1").status());
    }

    @Test
    void writeSentFromAPageOfAnotherOriginIsRefusedAndChangesNothing() {
        String name = unique("IT foreign origin");
        HttpRequest request = Node.requestTo("/api/entities", ADMIN)
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(object().add("name", name).build()
                        .toString()))
                .build();

        Reply reply = Node.sendOver(HttpClient.Version.HTTP_1_1, List.of(request)).get(0);

        assertProblem(reply, 403, "not-allowed");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void yearsTheDatabaseCannotKeepAreRefusedNamingTheField() {
        JsonObject event = object().add("type", "event").add("title", unique("IT far"))
                .add("event", object().add("start", "+999999999-12-31T00:00:00Z")).build();
        assertInvalid(Node.post("/api/articles", ADMIN, event), "event.start");

        JsonObject job = object().add("type", "job-offer").add("title", unique("IT far job"))
                .add("job", object().add("closingDate", "+99999-01-01")).build();
        assertInvalid(Node.post("/api/articles", ADMIN, job), "job.closingDate");
    }

    @Test
    void replacingATaxonomyWithoutItsUriKeepsTheUri() {
        String code = uniqueCode("uri");
        String uri = "urn:example:" + code;
        Reply created = Node.post("/api/taxonomies", ADMIN, object().add("code", code)
                .add("labels", object().add("en", "Kept URI")).add("uri", uri).build());
        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location").orElseThrow();

        Reply replaced = Node.put(location, ADMIN, object().add("code", code)
                .add("labels", object().add("en", "Renamed")).build(),
                Node.ifMatch(currentVersion(location)));

        assertEquals(204, replaced.status(), replaced::toString);
        assertEquals(uri, Node.get(location).object().getJsonObject("taxonomy")
                .getString("uri"));
    }

    @Test
    void versionInBodyAndIfMatchMustAgree() {
        String name = unique("IT two versions");
        Reply created = Node.post("/api/entities", ADMIN, object().add("name", name).build());
        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location").orElseThrow();
        long version = currentVersion(location);

        Reply refused = Node.put(location, ADMIN, object().add("version", version)
                .add("name", name + " changed").build(), Node.ifMatch(version + 5));

        assertInvalid(refused, "If-Match");
        assertEquals(version, currentVersion(location));
        Reply agreed = Node.put(location, ADMIN, object().add("version", version)
                .add("name", name + " changed").build(), Node.ifMatch(version));
        assertEquals(204, agreed.status(), agreed::toString);
    }

    private static String raw(String requestLine) throws IOException {
        URI base = URI.create(Node.BASE_URL);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + base.getHost() + "\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
