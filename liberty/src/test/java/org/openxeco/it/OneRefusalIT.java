package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A JSON body with several faults of different kinds (what cannot be read, the fields'
 * rules, unknown tags and entities) is refused once, naming them all, and changes nothing:
 * on creating and on replacing entities and articles.
 */
class OneRefusalIT extends ApiTest {

    @Test
    void anArticleWithAnUnknownTagABlankTitleAndAnUnknownEntityIsRefusedWithAll() {
        JsonObject body = object().add("type", "news").add("title", " ")
                .add("status", "nonsense")
                .add("tags", array("no-such-scheme:no-such-value", UUID.randomUUID().toString()))
                .add("relatedEntities", array(UUID.randomUUID().toString())).build();
        long before = total("/api/articles", ADMIN);

        assertInvalid(Node.post("/api/articles", ADMIN, body), "tags[0]", "tags[1]", "title",
                "status", "relatedEntities[0]");
        assertEquals(before, total("/api/articles", ADMIN));

        String title = unique("One refusal");
        Created stored = create("/api/articles", object().add("type", "news")
                .add("title", title).build());
        assertInvalid(Node.put(stored.location(), ADMIN, body, Node.ifMatch(
                currentVersion(stored.location()))), "tags[0]", "tags[1]", "title", "status",
                "relatedEntities[0]");
        assertEquals(title, Node.get(stored.location(), ADMIN).object().getString("title"));
    }

    @Test
    void anEntityWithAnUnknownTagABlankNameAndABadKindIsRefusedWithAll() {
        String name = unique("One refusal entity");
        JsonObject body = object().add("name", "").add("kind", "planet")
                .add("websites", array("ftp://files.example.org"))
                .add("tags", array("no-such-scheme:no-such-value", UUID.randomUUID().toString()))
                .build();
        long before = total("/api/entities", ADMIN);

        assertInvalid(Node.post("/api/entities", ADMIN, body), "tags[0]", "tags[1]", "name",
                "kind", "websites[0]");
        assertEquals(before, total("/api/entities", ADMIN));

        Created stored = createEntity(name, null);
        assertInvalid(Node.put(stored.location(), ADMIN, body, Node.ifMatch(
                currentVersion(stored.location()))), "tags[0]", "tags[1]", "name", "kind",
                "websites[0]");
        assertEquals(name, Node.get(stored.location(), ADMIN).object().getString("name"));
    }
}
