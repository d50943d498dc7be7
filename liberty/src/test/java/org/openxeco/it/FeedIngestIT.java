package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * Feed subscriptions through the admin API, with feeds the test serves on 127.0.0.1: the
 * items arrive once each as drafts, invisible to visitors; a feed that cannot be read is
 * refused naming {@code url}; only administrators subscribe.
 */
class FeedIngestIT extends ApiTest {

    private static final String SUBSCRIPTIONS = "/api/admin/feed-subscriptions";
    private static final String RSS = "application/rss+xml; charset=UTF-8";

    private LocalFeed feed;
    private final List<String> titles = new ArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        feed = new LocalFeed();
    }

    @AfterEach
    void removeDrafts() {
        feed.close();
        for (String title : titles) {
            for (JsonValue a : Node.get("/api/articles?sort=title&size=50&q=" + encode(title),
                    ADMIN).object().getJsonArray("items")) {
                String url = "/api/articles/" + a.asJsonObject().getString("id");
                Node.delete(url, ADMIN, Node.get(url, ADMIN).header("ETag").orElse(""));
            }
        }
    }

    @Test
    void itemsArriveOnceAsDraftsThatVisitorsCannotSee() {
        String one = title("Feed one");
        String two = title("Feed two");
        feed.serve("/news.xml", RSS, LocalFeed.rss("IT feed", List.of(
                item(one, "<p>First <script>x()</script>text</p>"), item(two, "Second"))));

        Reply created = Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", feed.url("/news.xml")).build());

        assertEquals(201, created.status(), created::toString);
        JsonObject subscription = created.object();
        String id = subscription.getString("id");
        assertEquals(Node.BASE_URL + SUBSCRIPTIONS + "/" + id,
                created.header("Location").orElseThrow());
        assertEquals(feed.url("/news.xml"), subscription.getString("url"));
        assertEquals("IT feed", subscription.getString("title"));
        assertTrue(subscription.getBoolean("active"));
        assertEquals(2, subscription.getInt("items"));
        assertEquals(JsonValue.NULL, subscription.getOrDefault("lastError", JsonValue.NULL));

        JsonObject draft = onlyArticle(one);
        assertEquals("news", draft.getString("type"));
        assertEquals("draft", draft.getString("status"));
        assertEquals("First text", draft.getString("summary"));
        assertEquals("<p>First text</p>", draft.getString("body"));
        JsonObject source = draft.getJsonArray("links").getJsonObject(0);
        assertEquals("source", source.getString("kind"));
        assertEquals("https://news.example.org/" + one.replace(' ', '-'), source.getString("url"));
        assertEquals("IT feed", source.getString("label"));
        assertEquals(404, Node.get("/api/articles/" + draft.getString("id")).status());
        assertEquals(0, total("/api/articles?size=1&q=" + encode(one), ANONYMOUS));

        String three = title("Feed three");
        feed.serve("/news.xml", RSS, LocalFeed.rss("IT feed", List.of(item(three, "Third"),
                item(one, "First again"), item(two, "Second"))));
        Reply check = Node.post(SUBSCRIPTIONS + "/" + id + "/check", ADMIN, object().build());
        assertEquals(200, check.status(), check::toString);
        assertEquals("imported", check.object().getString("state"));
        assertEquals(1, check.object().getInt("imported"));
        assertEquals(0, Node.post(SUBSCRIPTIONS + "/" + id + "/check", ADMIN, object().build())
                .object().getInt("imported"));

        for (String title : List.of(one, two, three)) {
            assertEquals(1, articlesTitled(title), title);
        }
        Reply items = Node.get(SUBSCRIPTIONS + "/" + id + "/items", ADMIN);
        assertEquals(3, items.json().asJsonArray().size(), items::toString);
        JsonObject newest = items.json().asJsonArray().getJsonObject(0);
        assertEquals("g-" + three.replace(' ', '-'), newest.getString("guid"));
        assertEquals(onlyArticle(three).getString("id"), newest.getString("article"));
        assertEquals("2026-11-30T08:15:00Z", newest.getString("publishedAt"));
        assertEquals(3, Node.get(SUBSCRIPTIONS + "/" + id, ADMIN).object().getInt("items"));
    }

    @Test
    void unreadableFeedsAreRefusedNamingTheUrlAndNothingIsStored() {
        feed.serve("/broken.xml", RSS, "<rss version=\"2.0\"><channel><title>Broken");
        feed.serve("/page.html", "text/html", "<html><body>Not a feed</body></html>");
        int before = Node.get(SUBSCRIPTIONS, ADMIN).json().asJsonArray().size();

        assertInvalid(Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", feed.url("/broken.xml")).build()), "url");
        assertInvalid(Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", feed.url("/page.html")).build()), "url");
        assertInvalid(Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", feed.url("/missing.xml")).build()), "url");
        assertInvalid(Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", "ftp://127.0.0.1/feed.xml").build()), "url");
        assertInvalid(Node.post(SUBSCRIPTIONS, ADMIN, object().build()), "url");

        assertEquals(before, Node.get(SUBSCRIPTIONS, ADMIN).json().asJsonArray().size());
    }

    @Test
    void aFeedGetsAnIntervalOfItsOwn() {
        feed.serve("/news.xml", RSS, LocalFeed.rss("IT feed", List.of()));
        String id = Node.post(SUBSCRIPTIONS, ADMIN, object().add("url", feed.url("/news.xml"))
                .build()).object().getString("id");
        String interval = SUBSCRIPTIONS + "/" + id + "/check-interval";

        Reply set = Node.put(interval, ADMIN, object().add("checkInterval", "PT30M").build());

        assertEquals(200, set.status(), set::toString);
        assertEquals("PT30M", set.object().getString("checkInterval"));
        assertInvalid(Node.put(interval, ADMIN, object().add("checkInterval", "PT1M").build()),
                "checkInterval");
        assertInvalid(Node.put(interval, ADMIN, object().add("checkInterval", "soon").build()),
                "checkInterval");
        assertEquals("PT30M", Node.get(SUBSCRIPTIONS + "/" + id, ADMIN).object()
                .getString("checkInterval"));
        Reply reset = Node.put(interval, ADMIN, object().addNull("checkInterval").build());
        assertEquals(JsonValue.NULL, reset.object().getOrDefault("checkInterval", JsonValue.NULL));
    }

    @Test
    void onlyAdministratorsManageSubscriptions() {
        feed.serve("/news.xml", RSS, LocalFeed.rss("IT feed", List.of()));
        int before = Node.get(SUBSCRIPTIONS, ADMIN).json().asJsonArray().size();

        assertEquals(401, Node.get(SUBSCRIPTIONS, ANONYMOUS).status());
        assertEquals(401, Node.post(SUBSCRIPTIONS, ANONYMOUS, object()
                .add("url", feed.url("/news.xml")).build()).status());

        assertEquals(before, Node.get(SUBSCRIPTIONS, ADMIN).json().asJsonArray().size());
    }

    @Test
    void escapedHtmlOfAnRss091DescriptionIsSanitisedHtmlAndPlainTextStaysText() {
        String html = title("Feed escaped");
        String text = title("Feed plain");
        feed.serve("/old.xml", RSS, "<?xml version=\"1.0\"?><rss version=\"0.91\"><channel>"
                + "<title>IT old feed</title><link>https://news.example.org/</link>"
                + "<description>IT</description><language>en</language>"
                + "<item><title>" + html + "</title><link>https://news.example.org/1</link>"
                + "<description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;"
                + "&lt;script&gt;x()&lt;/script&gt;</description></item>"
                + "<item><title>" + text + "</title><link>https://news.example.org/2</link>"
                + "<description>Rates &amp; fees: 3 &lt; 5</description></item>"
                + "</channel></rss>");

        Reply created = Node.post(SUBSCRIPTIONS, ADMIN, object()
                .add("url", feed.url("/old.xml")).build());

        assertEquals(201, created.status(), created::toString);
        assertEquals("<p>Hello <b>world</b></p>", onlyArticle(html).getString("body"));
        assertEquals("Hello world", onlyArticle(html).getString("summary"));
        assertEquals("<p>Rates &amp; fees: 3 &lt; 5</p>", onlyArticle(text).getString("body"));
        assertEquals("Rates & fees: 3 < 5", onlyArticle(text).getString("summary"));
        Reply removed = Node.delete(SUBSCRIPTIONS + "/" + created.object().getString("id"),
                ADMIN, null);
        assertTrue(removed.status() < 300, removed::toString);
    }

    private String title(String prefix) {
        String title = unique(prefix);
        titles.add(title);
        return title;
    }

    private static String[] item(String title, String description) {
        String slug = title.replace(' ', '-');
        return new String[] {"g-" + slug, title, "https://news.example.org/" + slug, description};
    }

    private static JsonObject onlyArticle(String title) {
        Reply list = Node.get("/api/articles?sort=title&q=" + encode(title), ADMIN);
        assertEquals(1, list.object().getInt("total"), list::toString);
        String id = list.object().getJsonArray("items").getJsonObject(0).getString("id");
        return Node.get("/api/articles/" + id, ADMIN).object();
    }
}
