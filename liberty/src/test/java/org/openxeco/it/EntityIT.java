package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** Creating, reading, replacing and deleting entities as the administrator. */
class EntityIT extends ApiTest {

    private JsonObject fullEntity(String name) {
        return object()
                .add("name", name)
                .add("legalName", name + " S.A.")
                .add("kind", "ngo")
                .add("description", "<p>Works on <b>security</b>.</p>")
                .add("websites", array("https://example.org/" + encode(name.replace(' ', '-'))))
                .add("email", "contact@example.org")
                .add("phone", "+352 12 34 56")
                .add("logoUrl", "https://example.org/logo.png")
                .add("addresses", array(object().add("street", "1 Rue de la Gare")
                        .add("postalCode", "L-1234").add("city", "Luxembourg")
                        .add("country", "AQ")))
                .add("identifiers", array(object().add("scheme", "vat").add("value", "LU123")))
                .add("tags", array(valueId("countries", "AQ"),
                        valueId("cybersecurity-domains", "cryptology")))
                .build();
    }

    @Test
    void createAnswers201WithLocationAndETagAndTheEntityCanBeReadBack() {
        String name = unique("IT entity create");
        Created created = create("/api/entities", fullEntity(name));
        JsonObject answer = created.json();
        String id = answer.getString("id");
        assertEquals(Node.BASE_URL + "/api/entities/" + id, created.location());
        assertEquals(Node.BASE_URL + "/api/entities/" + id, answer.getString("uri"));
        assertEquals(Node.ifMatch(answer.getJsonNumber("version").longValue()),
                created.reply().header("ETag").orElse(null), "ETag of the created version");

        Reply read = Node.get(created.location());
        assertEquals(200, read.status(), read::toString);
        JsonObject entity = read.object();
        assertEquals(id, entity.getString("id"));
        assertEquals(name, entity.getString("name"));
        assertEquals(name + " S.A.", entity.getString("legalName"));
        assertEquals("ngo", entity.getString("kind"));
        assertEquals("active", entity.getString("status"));
        assertEquals("<p>Works on <b>security</b>.</p>", entity.getString("description"));
        assertEquals("contact@example.org", entity.getString("email"));
        assertEquals("+352 12 34 56", entity.getString("phone"));
        assertEquals("https://example.org/logo.png", entity.getString("logoUrl"));
        JsonObject address = entity.getJsonArray("addresses").getJsonObject(0);
        assertEquals("1 Rue de la Gare", address.getString("street"));
        assertEquals("L-1234", address.getString("postalCode"));
        assertEquals("Luxembourg", address.getString("city"));
        assertEquals("AQ", address.getString("country"));
        JsonObject identifier = entity.getJsonArray("identifiers").getJsonObject(0);
        assertEquals("vat", identifier.getString("scheme"));
        assertEquals("LU123", identifier.getString("value"));
        assertEquals(List.of("countries:AQ", "cybersecurity-domains:cryptology"),
                entity.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                        .map(t -> t.getString("taxonomy") + ":" + t.getString("code")).toList());
        assertEquals(read.header("ETag").orElse(null),
                Node.ifMatch(entity.getJsonNumber("version").longValue()));
        assertEquals(1, entitiesNamed(name));
        assertEquals(1, total("/api/entities?size=1&q=" + encode(name), ANONYMOUS));
    }

    @Test
    void createAnswerShowsTheEntityExactlyAsItIsReadBack() {
        Created created = create("/api/entities", fullEntity(unique("IT entity echo")));
        Reply read = Node.get(created.location());
        assertEquals(read.object(), created.json(), "201 body versus GET body");
    }

    @Test
    void taggedEntityIsFoundThroughItsTagAndItsAncestors() {
        String name = unique("IT entity tagged");
        create("/api/entities", fullEntity(name));
        String q = "&size=5&q=" + encode(name);
        assertEquals(1, total("/api/entities?tag=countries:AQ" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=countries:continent-AN" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=cybersecurity-domains:knowledge_domain" + q,
                ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=countries:AQ&tag=cybersecurity-domains:cryptology"
                + q, ANONYMOUS), "tags combine with and");
        assertEquals(0, total("/api/entities?tag=countries:LU" + q, ANONYMOUS));
        assertEquals(0, total("/api/entities?tag=countries:AQ&tag=countries:LU" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?kind=ngo&country=AQ" + q, ANONYMOUS));
        assertEquals(0, total("/api/entities?kind=company" + q, ANONYMOUS));
    }

    @Test
    void updateWithTheCurrentVersionReplacesTheEntityAndIncrementsTheVersion() {
        String name = unique("IT entity update");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        Instant createdAt = Instant.parse(Node.get(created.location()).object()
                .getString("created"));

        String renamed = name + " renamed";
        Reply update = Node.put(created.location(), ADMIN, object().add("version", version)
                .add("name", renamed).add("kind", "public-body")
                .add("addresses", array(object().add("country", "LU"))).build());
        assertEquals(204, update.status(), update::toString);
        assertEquals(Node.ifMatch(version + 1), update.header("ETag").orElse(null),
                update::toString);

        JsonObject entity = Node.get(created.location()).object();
        assertEquals(version + 1, entity.getJsonNumber("version").longValue());
        assertEquals(renamed, entity.getString("name"));
        assertEquals("public-body", entity.getString("kind"));
        assertEquals("LU", entity.getJsonArray("addresses").getJsonObject(0)
                .getString("country"));
        assertEquals(0, entity.getJsonArray("tags").size());
        assertEquals(createdAt, Instant.parse(entity.getString("created")), "created is kept");
        assertTrue(Instant.parse(entity.getString("updated")).isAfter(createdAt), "updated");
    }

    @Test
    void updateTakesTheVersionFromIfMatchWhenTheBodyHasNone() {
        String name = unique("IT entity if-match");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        Reply update = Node.put(created.location(), ADMIN,
                object().add("name", name + " b").add("kind", "company").build(),
                Node.ifMatch(version));
        assertEquals(204, update.status(), update::toString);
        assertEquals(version + 1, currentVersion(created.location()));
        assertEquals(name + " b", Node.get(created.location()).object().getString("name"));
    }

    @Test
    void updateWithoutAnyVersionIsRefusedNamingIfMatch() {
        String name = unique("IT entity no version");
        Created created = createEntity(name, null);
        Reply update = Node.put(created.location(), ADMIN,
                object().add("name", name + " b").build());
        assertInvalid(update, "If-Match");
        assertEquals(name, Node.get(created.location()).object().getString("name"));
    }

    @Test
    void updateWithAStaleVersionIsRefusedWith409NamingBothVersions() {
        String name = unique("IT entity stale");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        assertEquals(204, Node.put(created.location(), ADMIN, object().add("version", version)
                .add("name", name + " first").build()).status());

        Reply stale = Node.put(created.location(), ADMIN, object().add("version", version)
                .add("name", name + " second").build());
        JsonObject problem = assertProblem(stale, 409, "stale-version");
        assertEquals(version, problem.getJsonNumber("givenVersion").longValue());
        assertEquals(version + 1, problem.getJsonNumber("currentVersion").longValue());

        JsonObject entity = Node.get(created.location()).object();
        assertEquals(name + " first", entity.getString("name"));
        assertEquals(version + 1, entity.getJsonNumber("version").longValue());
    }

    @Test
    void staleIfMatchIsRefusedWith409() {
        String name = unique("IT entity stale if-match");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        Reply stale = Node.put(created.location(), ADMIN, object().add("name", name + " b")
                .build(), Node.ifMatch(version + 5));
        JsonObject problem = assertProblem(stale, 409, "stale-version");
        assertEquals(version + 5, problem.getJsonNumber("givenVersion").longValue());
        assertEquals(version, problem.getJsonNumber("currentVersion").longValue());
        assertEquals(name, Node.get(created.location()).object().getString("name"));
    }

    @Test
    void deleteWithIfMatchRemovesTheEntity() {
        String name = unique("IT entity delete");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        Reply delete = Node.delete(created.location(), ADMIN, Node.ifMatch(version));
        assertEquals(204, delete.status(), delete::toString);
        assertProblem(Node.get(created.location()), 404, "not-found");
        assertProblem(Node.get(created.location(), ADMIN), 404, "not-found");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void deleteWithoutIfMatchIsRefusedWith400AndKeepsTheEntity() {
        String name = unique("IT entity delete without");
        Created created = createEntity(name, null);
        assertInvalid(Node.delete(created.location(), ADMIN, null), "If-Match");
        assertEquals(200, Node.get(created.location()).status());
        assertEquals(1, entitiesNamed(name));
    }

    @Test
    void deleteWithAStaleIfMatchIsRefusedWith409AndKeepsTheEntity() {
        String name = unique("IT entity delete stale");
        Created created = createEntity(name, null);
        long version = created.json().getJsonNumber("version").longValue();
        JsonObject problem = assertProblem(Node.delete(created.location(), ADMIN,
                Node.ifMatch(version + 1)), 409, "stale-version");
        assertEquals(version + 1, problem.getJsonNumber("givenVersion").longValue());
        assertEquals(version, problem.getJsonNumber("currentVersion").longValue());
        assertEquals(200, Node.get(created.location()).status());
    }

    @Test
    void unknownEntityIs404ForReadUpdateAndDelete() {
        String url = "/api/entities/" + java.util.UUID.randomUUID();
        assertProblem(Node.get(url), 404, "not-found");
        assertProblem(Node.put(url, ADMIN, object().add("version", 1).add("name", "x")
                .build()), 404, "not-found");
        assertProblem(Node.delete(url, ADMIN, Node.ifMatch(1)), 404, "not-found");
    }

    @Test
    void entityReferredToByAnArticleCannotBeDeleted() {
        Created entity = createEntity(unique("IT entity referred"), null);
        create("/api/articles", object().add("type", "news").add("title", unique("IT news"))
                .add("relatedEntities", array(entity.id())).build());
        Reply delete = Node.delete(entity.location(), ADMIN,
                Node.ifMatch(currentVersion(entity.location())));
        assertProblem(delete, 409, "in-use");
        assertEquals(200, Node.get(entity.location()).status());
    }

    static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
