package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** The API over HTTP/2 as well as HTTP/1.1. */
class ProtocolIT extends ApiTest {

    @Test
    void readsWorkOverHttp2() {
        List<Reply> replies = Node.sendOver(HttpClient.Version.HTTP_2, List.of(
                Node.requestTo("/api/ping", ANONYMOUS).GET().build(),
                Node.requestTo("/api/entities?size=1&country=LU", ANONYMOUS).GET().build()));
        for (Reply reply : replies) {
            assertEquals(200, reply.status(), reply::toString);
        }
        assertEquals(2, replies.get(1).object().getJsonNumber("total").longValue());
    }

    @Test
    void createWorksOverHttp2() {
        String name = unique("IT over HTTP/2");
        List<Reply> replies = Node.sendOver(HttpClient.Version.HTTP_2, List.of(
                Node.requestTo("/api/ping", ANONYMOUS).GET().build(),
                Node.requestTo("/api/entities", ADMIN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(object().add("name", name)
                                .add("kind", "company").build().toString())).build()));
        assertEquals(201, replies.get(1).status(), replies.get(1)::toString);
        assertEquals(1, entitiesNamed(name));
    }
}
