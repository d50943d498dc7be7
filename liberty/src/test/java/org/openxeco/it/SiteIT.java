package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.openxeco.it.Node.Reply;

/**
 * The public site over plain HTTP: readable addresses, 404 pages in the site's style for
 * anything missing or not public, and lists that never show drafts or inactive entities,
 * whoever browses them.
 */
// Only the executions that name a node to test run these (not the network or service ones).
@EnabledIfSystemProperty(named = "it.base.url", matches = ".+")
class SiteIT extends ApiTest {

    @Test
    void aDraftsAddressIsAStyled404UntilTheArticleIsPublished() {
        String title = unique("Site draft");
        Created draft = createArticle("news", title, "draft");
        String slug = draft.json().getString("slug");

        assertStyledNotFound(Node.get("/news/" + slug));

        Reply published = Node.put(draft.location(), ADMIN, object().add("type", "news")
                .add("title", title).add("status", "public").build(),
                ifMatch(currentVersion(draft.location())));
        assertEquals(204, published.status(), published::toString);
        Reply page = Node.get("/news/" + slug);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains(title), page::toString);
        assertStyledNotFound(Node.get("/events/" + slug));
    }

    @Test
    void unknownAddressesAndInactiveEntitiesAreStyled404s() {
        Created inactive = createEntity(unique("Site inactive"), object().add("status",
                "inactive"));

        for (String path : List.of("/news/" + uniqueCode("no-such-news"),
                "/events/" + uniqueCode("no-such-event"), "/jobs/a/b",
                "/directory/" + UUID.randomUUID(), "/directory/not-a-uuid",
                "/directory/" + inactive.id())) {
            assertStyledNotFound(Node.get(path));
        }
    }

    @Test
    void addressesNoPageOrFileServesAreStyled404sWithNoErrorReport() throws IOException {
        Path reports = Path.of(System.getProperty("it.server.logs", "/nonexistent"), "ffdc");
        long before = reports(reports);

        for (String path : List.of("/" + uniqueCode("nothing-here"), "/site/" + uniqueCode("none"),
                "/" + uniqueCode("no-file") + ".txt", "/errors/" + uniqueCode("missing"))) {
            assertStyledNotFound(Node.get(path));
        }

        // Checked where the node's log folder is known (a Liberty node started by the build).
        assertEquals(before, reports(reports), "error reports written under " + reports);
    }

    private static long reports(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void draftsAndInactiveEntitiesStayOutOfListsAndCounts() {
        String marker = uniqueCode("sitelist");
        createEntity("Visible " + marker, null);
        createEntity("Hidden " + marker, object().add("status", "inactive"));
        Created entity = createEntity("Cited " + marker, null);
        createArticle("news", "Shown " + marker, "public", entity.id());
        createArticle("news", "Drafted " + marker, "draft", entity.id());
        createArticle("news", "Reviewed " + marker, "under-review", entity.id());

        String directory = Node.get("/directory?q=" + marker).body();
        assertTrue(directory.contains("Visible " + marker), directory);
        assertFalse(directory.contains("Hidden " + marker), directory);
        assertTrue(directory.contains("2 entities found"), directory);

        String news = Node.get("/news?q=" + marker).body();
        assertTrue(news.contains("Shown " + marker), news);
        assertFalse(news.contains("Drafted " + marker) || news.contains("Reviewed " + marker),
                news);
        assertTrue(news.contains("1 result"), news);

        String entityPage = Node.get("/directory/" + entity.id()).body();
        assertTrue(entityPage.contains("Shown " + marker), entityPage);
        assertFalse(entityPage.contains("Drafted " + marker)
                || entityPage.contains("Reviewed " + marker), entityPage);
    }

    @Test
    void anAddressChangedThroughTheApiIsFoundInTheDirectory() {
        String marker = uniqueCode("sitemove");
        String name = "Mover " + marker;
        Created entity = createEntity(name, object().add("addresses", array(object()
                .add("city", "Clervaux").add("country", "LU"))));
        Reply moved = Node.put(entity.location(), ADMIN, object().add("name", name)
                .add("kind", "company").add("addresses", array(object()
                        .add("city", "Wiltz").add("country", "LU"))).build(),
                ifMatch(currentVersion(entity.location())));
        assertEquals(204, moved.status(), moved::toString);

        assertTrue(Node.get("/directory?q=" + marker + "+wiltz").body().contains(name));
        assertFalse(Node.get("/directory?q=" + marker + "+clervaux").body().contains(name));
    }

    @Test
    void aSearchWithAccentsInTheAddressIsReadAsUtf8() {
        String marker = uniqueCode("siteaccent");
        String name = "Société Générale " + marker;
        createEntity(name, object());
        String query = java.net.URLEncoder.encode("société " + marker,
                java.nio.charset.StandardCharsets.UTF_8);

        String page = Node.get("/directory?q=" + query).body();
        assertTrue(page.contains("value=\"société " + marker + "\""), "the box shows the query");
        assertTrue(page.contains(name), "the entity is found");
    }

    @Test
    void aPageSaysItsLanguageAndThatItDependsOnTheVisitorsLanguages() {
        for (String language : List.of("de", "fr", "en")) {
            Reply reply = Node.sendOver(java.net.http.HttpClient.Version.HTTP_1_1, List.of(
                    Node.requestTo("/directory", ANONYMOUS)
                            .header("Accept-Language", language + ";q=0.9").GET().build()))
                    .get(0);
            assertEquals(200, reply.status());
            assertTrue(reply.body().contains("lang=\"" + language + "\""), language);
            assertEquals(language, reply.header("Content-Language").orElse(""), language);
            assertTrue(reply.headers().allValues("Vary").stream()
                    .anyMatch(v -> v.contains("Accept-Language")), reply.headers()::toString);
        }
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        String marker = uniqueCode("sitepast");
        createEntity("Only " + marker, null);
        createArticle("news", "Lone " + marker, "public");

        String directory = Node.get("/directory?q=" + marker + "&page=7").body();
        assertTrue(directory.contains("Only " + marker), directory);
        String news = Node.get("/news?q=" + marker + "&page=7").body();
        assertTrue(news.contains("Lone " + marker), news);
    }

    @Test
    void anAdministratorBrowsingTheSiteSeesThePublicViewOnly() {
        String marker = uniqueCode("siteadmin");
        createArticle("news", "Public " + marker, "public");
        Created draft = createArticle("news", "Draft " + marker, "draft");
        PortalSession admin = new PortalSession();
        admin.signIn(Node.ADMIN_USER, Node.ADMIN_PASSWORD);

        PortalSession.Page list = admin.get("/news?q=" + marker);
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Public " + marker), list.body());
        assertFalse(list.body().contains("Draft " + marker), list.body());
        assertEquals(404, admin.get("/news/" + draft.json().getString("slug")).status());
        assertTrue(list.body().contains("id=\"nav-directory\"")
                && list.body().contains("site-zone.js"), "site navigation for administrators");
    }

    @Test
    void aViewsOwnAddressLeadsToItsReadableAddress() {
        Created news = createArticle("news", unique("Site canonical"), "public");
        String slug = news.json().getString("slug");

        Reply reply = Node.get("/site/article.xhtml?type=NEWS&slug=" + slug);
        assertEquals(302, reply.status(), reply::toString);
        assertTrue(reply.header("Location").orElse("").endsWith("/news/" + slug),
                reply::toString);
        Reply list = Node.get("/site/articles.xhtml?type=EVENT&when=past");
        assertTrue(list.header("Location").orElse("").endsWith("/events?when=past"),
                list::toString);
    }

    private Created createArticle(String type, String title, String status,
            String... related) {
        JsonObject body = object().add("type", type).add("title", title).add("status", status)
                .add("summary", "Made by the site tests").add("relatedEntities", array(
                        (Object[]) related)).build();
        return create("/api/articles", body);
    }

    private static String ifMatch(long version) {
        return Node.ifMatch(version);
    }

    private static void assertStyledNotFound(Reply reply) {
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(reply.body().contains("site-error"), reply::toString);
        assertTrue(reply.body().contains("Page not found"), reply::toString);
        assertFalse(reply.body().contains("Caused by") || reply.body().contains("\tat "),
                reply::toString);
    }
}
