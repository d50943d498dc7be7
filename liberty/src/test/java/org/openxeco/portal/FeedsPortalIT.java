package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openxeco.it.LocalFeed;
import org.openxeco.it.Node;

/**
 * The feeds screen: an administrator subscribes to a feed served by the test on 127.0.0.1,
 * sees its items with links to their drafts, gives it an interval of its own and the node's
 * again, checks it again, and is told next to the field why an address that serves no feed
 * is refused.
 */
class FeedsPortalIT {

    private static final String RSS = "application/rss+xml";

    private LocalFeed feed;
    private final String marker = "Portal feed " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @BeforeEach
    void serve() throws Exception {
        feed = new LocalFeed();
    }

    @AfterEach
    void cleanUp() {
        feed.close();
        for (JsonValue s : Node.get("/api/admin/feed-subscriptions", Node.Caller.ADMIN).json()
                .asJsonArray()) {
            if (s.asJsonObject().getString("url").startsWith(feed.url("/"))) {
                Node.delete("/api/admin/feed-subscriptions/" + s.asJsonObject().getString("id"),
                        Node.Caller.ADMIN, "");
            }
        }
        String query = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        for (JsonValue a : Node.get("/api/articles?sort=title&size=50&q=" + query,
                Node.Caller.ADMIN).object().getJsonArray("items")) {
            String url = "/api/articles/" + a.asJsonObject().getString("id");
            Node.delete(url, Node.Caller.ADMIN,
                    Node.get(url, Node.Caller.ADMIN).header("ETag").orElse(""));
        }
    }

    @Test
    void anAdministratorSubscribesAndFindsTheDrafts() {
        feed.serve("/portal.xml", RSS, LocalFeed.rss("Portal news " + marker, List.of(
                new String[] {"p-1", marker + " alpha", "https://news.example.org/a", "Alpha"},
                new String[] {"p-2", marker + " beta", "https://news.example.org/b", "Beta"})));
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/index.xhtml");
            browser.click(By.id("nav-feeds"));
            browser.type(By.id("subscribe:url"), feed.url("/portal.xml"));
            browser.click(By.id("subscribe:add"));
            browser.awaitAjax();

            browser.waitFor(d -> browser.text().contains(marker + " alpha"));
            String messages = browser.find(By.id("messages")).getText();
            assertTrue(messages.contains("Portal news " + marker) && messages.contains("2 item"),
                    messages);
            String row = browser.find(By.xpath(rowPath("/portal.xml"))).getText();
            assertTrue(row.contains(feed.url("/portal.xml")) && row.contains("Active"), row);
            assertEquals("2", browser.driver().findElement(By.xpath(rowPath("/portal.xml")
                    + "//span[contains(@class,'feed-items')]")).getText());
            browser.screenshot("feeds-subscribed");

            chooseInterval(browser, "every 6 hour(s)");
            browser.waitFor(d -> browser.find(By.id("messages")).getText()
                    .contains("is now checked every 6 hour(s)"));
            browser.screenshot("feeds-interval");
            assertEquals("PT6H", subscription("/portal.xml").getString("checkInterval"));
            chooseInterval(browser, "As the node");
            browser.waitFor(d -> browser.find(By.id("messages")).getText()
                    .contains("checked as the node"));
            assertEquals(JsonValue.NULL, subscription("/portal.xml")
                    .getOrDefault("checkInterval", JsonValue.NULL));

            browser.click(By.xpath(rowPath("/portal.xml") + "//button[contains(@id,':check')]"));
            browser.awaitAjax();
            browser.waitFor(d -> browser.find(By.id("messages")).getText().contains("0 new"));

            browser.click(By.linkText(marker + " beta"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/admin/article.xhtml"));
            assertEquals(marker + " beta", browser.find(By.cssSelector("input[id$=':title']"))
                    .getAttribute("value"));
        }
    }

    @Test
    void anAddressWithoutAFeedIsRefusedNextToTheField() {
        feed.serve("/page.html", "text/html", "<html><body>Hello</body></html>");
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/feeds.xhtml");
            browser.type(By.id("subscribe:url"), feed.url("/page.html"));
            browser.click(By.id("subscribe:add"));
            browser.awaitAjax();

            String error = browser.find(By.cssSelector("#subscribe .ui-message-error")).getText();
            assertTrue(error.contains("does not serve an RSS or Atom feed")
                    && error.contains("text/html"), error);
            assertEquals(feed.url("/page.html"), browser.find(By.id("subscribe:url"))
                    .getAttribute("value"));
            assertTrue(browser.findAll(By.xpath(rowPath("/page.html"))).isEmpty(), "nothing stored");
            browser.screenshot("feeds-refused");
        }
    }

    /** Picks an interval in the row of the subscription to /portal.xml. */
    private void chooseInterval(Browser browser, String label) {
        String menu = browser.find(By.xpath(rowPath("/portal.xml")
                + "//div[contains(@class,'feed-interval')]")).getAttribute("id");
        TaxonomyPortalIT.choose(browser, menu, label);
        browser.awaitAjax();
    }

    /** The subscription to the feed at this path, as the API gives it. */
    private JsonObject subscription(String path) {
        return Node.get("/api/admin/feed-subscriptions", Node.Caller.ADMIN).json()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("url").equals(feed.url(path))).findFirst()
                .orElseThrow();
    }

    /** The row of the subscription to the feed at this path. */
    private String rowPath(String path) {
        return "//tr[contains(@class,'feed-row')][.//div[contains(@class,'feed-url')"
                + " and text()='" + feed.url(path) + "']]";
    }
}
