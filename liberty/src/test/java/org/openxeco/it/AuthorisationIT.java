package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * Writes and administration need the administrator; visitors see public articles and active
 * entities only.
 */
class AuthorisationIT extends ApiTest {

    static final Caller WRONG_PASSWORD = Caller.basic(Node.ADMIN_USER,
            Node.ADMIN_PASSWORD + "-wrong");
    static final Caller UNKNOWN_USER = Caller.basic("nobody-" + System.nanoTime(),
            Node.ADMIN_PASSWORD);

    /** Checks a refusal for lack of (valid) credentials: 401 with a Basic challenge. */
    static void assertUnauthenticated(Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        String challenge = reply.header("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic"), () -> "challenge: " + reply);
        assertTrue(challenge.contains("realm=\"openxeco\""), () -> "challenge: " + reply);
    }

    @Test
    void anonymousCreatesAreRefusedWith401AndCreateNothing() {
        String name = unique("IT anonymous");
        assertUnauthenticated(Node.post("/api/entities", ANONYMOUS,
                object().add("name", name).build()));
        assertEquals(0, entitiesNamed(name));

        assertUnauthenticated(Node.post("/api/articles", ANONYMOUS,
                object().add("type", "news").add("title", name).build()));
        assertEquals(0, articlesTitled(name));

        String code = uniqueCode("it");
        assertUnauthenticated(Node.post("/api/taxonomies", ANONYMOUS, object().add("code", code)
                .add("labels", object().add("en", name)).build()));
        assertFalse(Node.get("/api/taxonomies").body().contains("\"" + code + "\""));

        Created taxonomy = create("/api/taxonomies", object().add("code", code)
                .add("labels", object().add("en", name)).build());
        assertUnauthenticated(Node.post(taxonomy.location() + "/values", ANONYMOUS,
                object().add("code", "v").add("labels", object().add("en", "V")).build()));
        assertEquals(0, values(taxonomy.id()).size());
    }

    @Test
    void anonymousUpdatesAreRefusedWith401AndChangeNothing() {
        String name = unique("IT protected");
        Created entity = createEntity(name, null);
        Created article = create("/api/articles", object().add("type", "news")
                .add("title", name).add("status", "public").build());
        Created taxonomy = create("/api/taxonomies", object().add("code", uniqueCode("it"))
                .add("labels", object().add("en", name)).build());
        Created value = create(taxonomy.location() + "/values", object().add("code", "v")
                .add("labels", object().add("en", "V")).build());

        for (Created target : List.of(entity, article, taxonomy, value)) {
            long version = target.json().getJsonNumber("version").longValue();
            assertUnauthenticated(Node.put(target.location(), ANONYMOUS, object()
                    .add("version", version).add("name", "changed").add("title", "changed")
                    .add("type", "news").add("code", "changed")
                    .add("labels", object().add("en", "changed")).build()));
            assertEquals(version, currentVersion(target.location()), target.location());
        }
        assertEquals(name, Node.get(entity.location()).object().getString("name"));
        assertEquals(name, Node.get(article.location()).object().getString("title"));
        assertEquals("v", Node.get(value.location()).object().getString("code"));
    }

    @Test
    void anonymousDeletesAreRefusedWith401AndKeepTheObjects() {
        String name = unique("IT kept");
        Created entity = createEntity(name, null);
        Created article = create("/api/articles", object().add("type", "news")
                .add("title", name).add("status", "public").build());
        Created taxonomy = create("/api/taxonomies", object().add("code", uniqueCode("it"))
                .add("labels", object().add("en", name)).build());
        Created value = create(taxonomy.location() + "/values", object().add("code", "v")
                .add("labels", object().add("en", "V")).build());

        for (Created target : List.of(value, taxonomy, article, entity)) {
            long version = target.json().getJsonNumber("version").longValue();
            assertUnauthenticated(Node.delete(target.location(), ANONYMOUS,
                    Node.ifMatch(version)));
            assertEquals(200, Node.get(target.location()).status(), target.location());
        }
    }

    @Test
    void wrongPasswordIsRefusedWith401AndCreatesNothing() {
        String name = unique("IT wrong password");
        assertUnauthenticated(Node.post("/api/entities", WRONG_PASSWORD,
                object().add("name", name).build()));
        assertUnauthenticated(Node.post("/api/entities", UNKNOWN_USER,
                object().add("name", name).build()));
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void wrongPasswordCannotReadDraftsEither() {
        String title = unique("IT draft wrong password");
        Created draft = create("/api/articles", object().add("type", "news")
                .add("title", title).build());
        Reply reply = Node.get(draft.location(), WRONG_PASSWORD);
        assertTrue(reply.status() == 401 || reply.status() == 404, reply::toString);
    }

    @Test
    void demoDataAdministrationNeedsTheAdministrator() {
        assertUnauthenticated(Node.get("/api/admin/demo-data"));
        assertUnauthenticated(Node.get("/api/admin/demo-data", WRONG_PASSWORD));
        assertUnauthenticated(Node.send("/api/admin/demo-data", "POST", ANONYMOUS, null, null,
                null));
        assertEquals(200, Node.get("/api/admin/demo-data", ADMIN).status());
    }

    @Test
    void unauthenticatedRefusalIsAProblemDocument() {
        Reply reply = Node.post("/api/entities", ANONYMOUS,
                object().add("name", unique("IT problem 401")).build());
        assertProblem(reply, 401, "unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "under-review", "archived"})
    void unpublishedArticleIsInvisibleToVisitorsButVisibleToTheAdministrator(String status) {
        String title = unique("IT hidden " + status);
        Created article = create("/api/articles", object().add("type", "news")
                .add("title", title).add("status", status).build());

        assertProblem(Node.get(article.location()), 404, "not-found");
        assertEquals(0, total("/api/articles?sort=title&q=" + encode(title), ANONYMOUS));
        assertEquals(0, total("/api/articles?sort=title&status=" + status + "&q="
                + encode(title), ANONYMOUS), "the status filter reveals nothing to visitors");

        Reply asAdmin = Node.get(article.location(), ADMIN);
        assertEquals(200, asAdmin.status(), asAdmin::toString);
        assertEquals(status, asAdmin.object().getString("status"));
        assertEquals(1, total("/api/articles?sort=title&q=" + encode(title), ADMIN));
        assertEquals(1, total("/api/articles?sort=title&status=" + status + "&q="
                + encode(title), ADMIN));
    }

    @Test
    void administratorsDefaultArticleListIncludesDrafts() {
        String title = unique("IT draft listed");
        create("/api/articles", object().add("type", "news").add("title", title).build());
        assertEquals(1, total("/api/articles?q=" + encode(title), ADMIN),
                "default order, as administrator");
        assertEquals(1, total("/api/articles?status=draft&q=" + encode(title), ADMIN),
                "status=draft, as administrator");
    }

    @Test
    void publicArticleIsVisibleToVisitors() {
        String title = unique("IT visible");
        Created article = create("/api/articles", object().add("type", "news")
                .add("title", title).add("status", "public").build());
        assertEquals(200, Node.get(article.location()).status());
        assertEquals(1, total("/api/articles?q=" + encode(title), ANONYMOUS));
    }

    @Test
    void inactiveEntityIsInvisibleToVisitorsButVisibleToTheAdministrator() {
        String name = unique("IT inactive");
        Created entity = createEntity(name, object().add("status", "inactive"));

        assertProblem(Node.get(entity.location()), 404, "not-found");
        assertEquals(0, total("/api/entities?q=" + encode(name), ANONYMOUS));
        assertEquals(0, total("/api/entities?status=inactive&q=" + encode(name), ANONYMOUS));

        Reply asAdmin = Node.get(entity.location(), ADMIN);
        assertEquals(200, asAdmin.status(), asAdmin::toString);
        assertEquals("inactive", asAdmin.object().getString("status"));
        assertEquals(1, total("/api/entities?q=" + encode(name), ADMIN));
        assertEquals(1, total("/api/entities?status=inactive&q=" + encode(name), ADMIN));
        assertEquals(0, total("/api/entities?status=active&q=" + encode(name), ADMIN));
    }

    @Test
    void inactiveHiringEntityIsNotShownToVisitorsOnAPublicJobOffer() {
        String name = unique("IT inactive hiring");
        Created entity = createEntity(name, object().add("status", "inactive"));
        Reply offer = Node.post("/api/articles", ADMIN, object().add("type", "job-offer")
                .add("title", unique("IT job with inactive")).add("status", "public")
                .add("job", object().add("hiringEntity", entity.id())).build());
        if (offer.status() == 400) {
            assertInvalid(offer, "job.hiringEntity");
            return;
        }
        assertEquals(201, offer.status(), offer::toString);
        Reply seen = Node.get(offer.header("Location").orElseThrow());
        assertEquals(200, seen.status(), seen::toString);
        assertFalse(seen.body().contains(entity.id()) || seen.body().contains(name),
                "a visitor sees the inactive entity: " + seen);
    }
}
