package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * One member cannot reach another member's drafts, requests or entities: direct addresses
 * with the other's ids answer 404, forged form posts and API calls are refused, and nothing
 * of the other member's changes.
 */
class MemberIsolationIT {

    static final String PASSWORD = "member-Secret-2024";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    /** Two members, each attached to an entity of their own, and A's draft and request. */
    record Setting(String suffix, String entityA, String entityB, String other,
            PortalSession a, PortalSession b, String draft, String draftTitle) {
    }

    static String entity(String name) {
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", name).add("kind", "company").build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getString("id");
    }

    static PortalSession member(String username, String entity) {
        Reply created = Node.post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder()
                .add("username", username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("member")).add("active", true)
                .add("entities", Json.createArrayBuilder().add(entity))
                .add("password", PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(username, PASSWORD).status());
        return session;
    }

    static Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityA = entity("Isolation A " + suffix);
        String entityB = entity("Isolation B " + suffix);
        String other = entity("Isolation other " + suffix);
        PortalSession a = member("iso-a-" + suffix, entityA);
        PortalSession b = member("iso-b-" + suffix, entityB);

        String title = "Draft of A " + suffix;
        PortalSession.Page form = a.get("/my/article.xhtml?entity=" + entityA);
        assertEquals(200, form.status(), form::body);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("article-form_SUBMIT", "1");
        fields.put("article-form:entity_input", entityA);
        fields.put("article-form:type_input", "NEWS");
        fields.put("article-form:title", title);
        fields.put("article-form:summary", "Only A may see this");
        fields.put("article-form:save", "");
        PortalSession.Page saved = a.post("/my/article.xhtml?entity=" + entityA, form.body(),
                fields);
        assertEquals(302, saved.status(), saved::body);
        String draft = saved.location().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        PortalSession.Page requests = a.get("/my/requests.xhtml");
        Map<String, String> ask = new LinkedHashMap<>();
        ask.put("attach-form_SUBMIT", "1");
        ask.put("attach-form:entity_input", "Isolation other " + suffix);
        ask.put("attach-form:entity_hinput", other);
        ask.put("attach-form:reason", "A works there too");
        ask.put("attach-form:send", "");
        PortalSession.Page asked = a.post("/my/requests.xhtml", requests.body(), ask);
        assertEquals(302, asked.status(), asked::body);
        assertTrue(a.get("/my/requests.xhtml").body().contains("Isolation other " + suffix));
        return new Setting(suffix, entityA, entityB, other, a, b, draft, title);
    }

    @Test
    void anotherMembersDraftAndEntityAnswer404OnTheirPages() {
        Setting s = setting();

        PortalSession.Page draft = s.b().get("/my/article.xhtml?id=" + s.draft());
        PortalSession.Page entity = s.b().get("/my/entity.xhtml?id=" + s.entityA());
        PortalSession.Page missing = s.b().get("/my/article.xhtml?id=" + UUID.randomUUID());

        assertEquals(404, draft.status());
        assertFalse(draft.body().contains(s.draftTitle()));
        assertEquals(404, entity.status());
        assertFalse(entity.body().contains("Isolation A " + s.suffix()));
        assertEquals(404, missing.status(), "the same answer as for an object that exists");
        assertEquals(200, s.a().get("/my/article.xhtml?id=" + s.draft()).status());
        assertEquals(200, s.b().get("/my/entity.xhtml?id=" + s.entityB()).status());
        assertEquals(404, s.b().get("/my/article.xhtml?entity=" + s.entityA()).status(),
                "no new article for an entity B is not attached to");
        assertEquals(200, s.b().get("/my/article.xhtml?entity=" + s.entityB()).status());
        String requests = s.b().get("/my/requests.xhtml").body();
        assertFalse(requests.contains("Isolation other " + s.suffix()), "A's request");
        assertFalse(s.b().get("/my/articles.xhtml").body().contains(s.draftTitle()));
    }

    @Test
    void forgedFormPostsChangeNothingOfAnotherMember() {
        Setting s = setting();
        long entityVersion = admin("/api/entities/" + s.entityA()).getJsonNumber("version")
                .longValue();
        long ownVersion = admin("/api/entities/" + s.entityB()).getJsonNumber("version")
                .longValue();

        PortalSession.Page own = s.b().get("/my/entity.xhtml?id=" + s.entityB());
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("entity-form_SUBMIT", "1");
        edit.put("entity-form:name", "Renamed by B " + s.suffix());
        edit.put("entity-form:kind_input", "COMPANY");
        edit.put("entity-form:save", "");
        PortalSession.Page renamed = s.b().post("/my/entity.xhtml?id=" + s.entityA(),
                own.body(), edit);

        PortalSession.Page blank = s.b().get("/my/article.xhtml");
        Map<String, String> write = new LinkedHashMap<>();
        write.put("article-form_SUBMIT", "1");
        write.put("article-form:entity_input", s.entityA());
        write.put("article-form:type_input", "NEWS");
        write.put("article-form:title", "Planted " + s.suffix());
        write.put("article-form:save", "");
        PortalSession.Page planted = s.b().post("/my/article.xhtml?entity=" + s.entityA(),
                blank.body(), write);

        PortalSession.Page stolen = s.b().get("/my/article.xhtml?id=" + s.draft());
        Map<String, String> overwrite = new LinkedHashMap<>();
        overwrite.put("article-form_SUBMIT", "1");
        overwrite.put("article-form:title", "Overwritten " + s.suffix());
        overwrite.put("article-form:submit", "");
        PortalSession.Page forged = s.b().post("/my/article.xhtml?id=" + s.draft(),
                blank.body(), overwrite);

        JsonObject entityA = admin("/api/entities/" + s.entityA());
        assertEquals("Isolation A " + s.suffix(), entityA.getString("name"));
        assertEquals(entityVersion, entityA.getJsonNumber("version").longValue());
        assertEquals(404, renamed.status(), renamed::body);
        JsonObject entityB = admin("/api/entities/" + s.entityB());
        assertEquals("Isolation B " + s.suffix(), entityB.getString("name"), "B's own entity");
        assertEquals(ownVersion, entityB.getJsonNumber("version").longValue());
        assertFalse(s.b().get("/my/entity.xhtml?id=" + s.entityB()).body()
                .contains("Renamed by B " + s.suffix()), "no waiting change of B's entity");
        assertFalse(planted.status() == 302, "no article for another member's entity");
        assertEquals(0, admin("/api/articles?size=5&q=" + enc("Planted " + s.suffix()))
                .getInt("total"));
        assertEquals(404, stolen.status());
        assertFalse(forged.status() == 302, forged::body);
        JsonObject draft = admin("/api/articles/" + s.draft());
        assertEquals(s.draftTitle(), draft.getString("title"));
        assertEquals("draft", draft.getString("status"));
    }

    @Test
    void theApiRefusesAMemberOtherMembersDraftsAndEntities() {
        Setting s = setting();
        Caller b = Caller.basic("iso-b-" + s.suffix(), PASSWORD);
        JsonObject before = admin("/api/articles/" + s.draft());

        Reply read = Node.get("/api/articles/" + s.draft(), b);
        Reply change = Node.put("/api/articles/" + s.draft(), b, Json.createObjectBuilder()
                .add("type", "news").add("title", "Via the API")
                .add("version", before.getJsonNumber("version").longValue()).build());
        Reply entity = Node.put("/api/entities/" + s.entityA(), b, Json.createObjectBuilder()
                .add("name", "Via the API").add("kind", "company").add("version", 1).build());

        assertEquals(404, read.status(), read::toString);
        assertTrue(read.contentType().startsWith("application/problem+json"));
        assertEquals(403, change.status(), change::toString);
        assertEquals(403, entity.status(), entity::toString);
        assertEquals(before, admin("/api/articles/" + s.draft()));
        assertEquals("Isolation A " + s.suffix(),
                admin("/api/entities/" + s.entityA()).getString("name"));
    }

    @Test
    void theMembersApiAnswers404ForAnotherMembersRequestAndDraft() {
        Setting s = setting();
        Caller a = Caller.basic("iso-a-" + s.suffix(), PASSWORD);
        Caller b = Caller.basic("iso-b-" + s.suffix(), PASSWORD);
        Reply mine = Node.get("/api/my/requests", a);
        assertEquals(200, mine.status(), mine::toString);
        JsonObject request = mine.object().getJsonArray("items").getJsonObject(0);
        String requestId = request.getString("id");
        long requestVersion = request.getJsonNumber("version").longValue();
        long draftVersion = admin("/api/articles/" + s.draft()).getJsonNumber("version")
                .longValue();

        Reply read = Node.get("/api/my/requests/" + requestId, b);
        Reply withdraw = Node.delete("/api/my/requests/" + requestId, b,
                Node.ifMatch(requestVersion));
        Reply article = Node.get("/api/my/articles/" + s.draft(), b);
        Reply submit = Node.send("/api/my/articles/" + s.draft() + "/submission", "POST", b,
                null, null, Node.ifMatch(draftVersion));
        Reply delete = Node.delete("/api/my/articles/" + s.draft(), b,
                Node.ifMatch(draftVersion));

        for (Reply refused : java.util.List.of(read, withdraw, article, submit, delete)) {
            assertEquals(404, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
        }
        assertEquals(0, Node.get("/api/my/requests", b).object().getInt("total"));
        assertEquals("pending", Node.get("/api/my/requests/" + requestId, a).object()
                .getString("status"));
        assertEquals("draft", Node.get("/api/my/articles/" + s.draft(), a).object()
                .getString("state"));
        assertEquals(401, Node.get("/api/my/requests", Caller.ANONYMOUS).status());
    }

    private static JsonObject admin(String path) {
        Reply reply = Node.get(path, Caller.ADMIN);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
