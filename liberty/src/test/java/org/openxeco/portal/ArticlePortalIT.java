package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openxeco.it.Node;

/** Writing an article in the admin portal and moving it through the workflow. */
class ArticlePortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @Test
    void anArticleGoesFromDraftThroughReviewToAScheduledPublicationAndTheArchive() {
        String title = "Portal news " + System.nanoTime();
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/article.xhtml?type=NEWS");
            browser.type(By.id("article:title"), title);
            browser.type(By.id("article:summary"), "Written in the browser test");
            String tag = browser.find(By.cssSelector(".tag-tree .ui-treenode-label")).getText();
            browser.click(By.cssSelector(".tag-tree .ui-chkbox-box"));
            browser.click(By.id("article:save"));
            browser.waitFor(d -> d.getCurrentUrl().contains("id="));
            String uuid = browser.driver().getCurrentUrl().replaceAll(".*id=([0-9a-f-]{36}).*",
                    "$1");
            assertEquals("Draft", browser.find(By.id("article:current-status")).getText());

            browser.click(By.cssSelector("button.workflow-UNDER_REVIEW"));
            browser.waitFor(d -> "Under review".equals(
                    d.findElement(By.id("article:current-status")).getText()));

            String tomorrow = LocalDateTime.now().plusDays(1).withSecond(0).withNano(0)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            browser.type(By.id("article:publishAt_input"), tomorrow + Keys.TAB);
            browser.click(By.tagName("h1"));
            browser.click(By.cssSelector("button.workflow-PUBLIC"));
            browser.waitFor(d -> "Public".equals(
                    d.findElement(By.id("article:current-status")).getText()));
            assertTrue(browser.find(By.id("article:scheduled")).getText().contains("appears on"));
            browser.screenshot("article-editor");

            assertEquals(404, Node.get("/api/articles/" + uuid).status(),
                    "a scheduled article stays hidden from visitors");
            Node.Reply stored = Node.get("/api/articles/" + uuid, Node.Caller.ADMIN);
            assertEquals(200, stored.status());
            assertEquals(1, stored.object().getJsonArray("tags").size(), stored::toString);
            assertTrue(stored.body().contains(tag), () -> tag + " in " + stored);

            browser.click(By.cssSelector("button.workflow-ARCHIVED"));
            browser.waitFor(d -> "Archived".equals(
                    d.findElement(By.id("article:current-status")).getText()));

            browser.open("/admin/audit.xhtml?object=" + uuid);
            String log = browser.find(By.id("audit:log")).getText();
            assertTrue(log.contains("UNDER_REVIEW") && log.contains("ARCHIVED"), log);
            assertTrue(log.contains(Node.ADMIN_USER) && log.contains("portal"), log);
        }
    }

    @Test
    void theArticlesTableFiltersByTypeAndText() {
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/articles.xhtml");
            browser.type(By.id("articles:text"), "kubernetes");
            browser.click(By.id("articles:apply"));
            browser.awaitAjax();
            String table = browser.find(By.id("articles:table")).getText();
            assertTrue(table.toLowerCase().contains("kubernetes"), table);
            browser.screenshot("articles-table");
        }
    }
}
