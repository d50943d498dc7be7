package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * A member's way through the ecosystem portal, with an administrator deciding each step in
 * the members' queue: attachment, an entity change, an article sent back with a comment,
 * fixed, resubmitted and published. Mails arrive at a real SMTP server.
 */
class MemberPortalIT {

    static final String PASSWORD = "member-Secret-2024";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
        Mailbox.start();
    }

    /** An entity made by the administrator over the API; returns its id. */
    static String entity(String name) {
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", name).add("kind", "company").build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getString("id");
    }

    /** A member account made by the administrator over the API, with a unique address. */
    static String member(String username) {
        Reply created = Node.post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Member " + username)
                .add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("member")).add("active", true)
                .add("password", PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        return username + "@example.org";
    }

    @Test
    void aMemberIsAttachedEditsAnEntityAndPublishesAnArticleThroughReview() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Member portal entity " + suffix;
        String entityId = entity(entityName);
        String username = "mp-" + suffix;
        String email = member(username);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            try {
                admin.signInAsAdmin();
                EntityReview.with(admin, true, () -> steps(admin, member, username, email,
                        entityName, entityId, suffix));
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(admin, "members-failure-admin");
                TaxonomyPortalIT.keepEvidence(member, "members-failure-member");
                throw failure;
            }
        }
    }

    private static void steps(Browser admin, Browser member, String username, String email,
            String entityName, String entityId, String suffix) {
        member.signIn(username, PASSWORD);

        askToBeAttached(member, entityName);
        admin.open("/admin/");
        assertTrue(admin.find(By.id("members-waiting")).getText().contains("request(s)"),
                admin::text);
        admin.click(By.cssSelector("#members-waiting a"));
        decide(admin, "request-item", entityName, "Welcome aboard", "approve");
        MimeMessage decision = Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0);
        assertTrue(Mailbox.subject(decision).contains(entityName), () -> Mailbox.subject(decision));
        assertTrue(Mailbox.text(decision).contains("Welcome aboard"));
        member.open("/my/requests.xhtml");
        member.waitFor(d -> member.find(By.id("list-form:requests")).getText()
                .contains("Approved"));
        assertTrue(member.text().contains("Welcome aboard"), member::text);

        editEntity(member, entityId);
        admin.open("/admin/members/queue.xhtml");
        WebElement change = item(admin, "change-item", entityName);
        assertTrue(change.getText().contains("+352 555 0101"), change::getText);
        scrollTo(admin, change);
        admin.screenshot("members-queue-change");
        try (Browser phone = Browser.phone()) {
            phone.signInAsAdmin().open("/admin/members/queue.xhtml");
            scrollTo(phone, item(phone, "change-item", entityName));
            phone.screenshot("members-queue-phone");
        }
        decide(admin, "change-item", entityName, null, "approve");
        assertEquals("+352 555 0101", Node.get("/api/entities/" + entityId).object()
                .getString("phone"));

        deleteADraft(member, "Discarded idea " + suffix);
        String articleId = writeArticle(member, entityName, "Member news " + suffix);
        admin.open("/admin/members/queue.xhtml");
        scrollTo(admin, item(admin, "article-item", "Member news " + suffix));
        admin.screenshot("members-queue");
        decide(admin, "article-item", "Member news " + suffix, "Please name the venue",
                "changes");
        Mailbox.await(email, 3, Duration.ofSeconds(20));
        member.open("/my/articles.xhtml");
        member.waitFor(d -> member.text().contains("Please name the venue"));
        member.open("/my/article.xhtml?id=" + articleId);
        String steps = member.find(By.id("steps")).getText();
        assertTrue(steps.contains("Please name the venue"), steps);
        assertTrue(steps.contains("an administrator"), steps);
        assertFalse(steps.matches("(?s).*\\b" + Node.ADMIN_USER + "\\b.*"), steps);
        member.type(By.id("article-form:title"), "Member news at the venue " + suffix)
                .click(By.id("article-form:submit"));
        member.waitFor(d -> member.find(By.id("article-state")).getText().contains("In review"));

        admin.open("/admin/members/queue.xhtml");
        decide(admin, "article-item", "Member news at the venue " + suffix, null, "publish");
        Reply published = Node.get("/api/articles/" + articleId, Caller.ANONYMOUS);
        assertEquals(200, published.status(), published::toString);
        assertEquals("Member news at the venue " + suffix,
                published.object().getString("title"));
        List<MimeMessage> mails = Mailbox.await(email, 4, Duration.ofSeconds(20));
        assertTrue(Mailbox.subject(mails.get(3)).contains("published"),
                () -> Mailbox.subject(mails.get(3)));
        member.open("/my/article.xhtml?id=" + articleId);
        member.screenshot("members-article");
        member.open("/my/index.xhtml");
        member.screenshot("members-space");
        member.open("/my/requests.xhtml");
        member.screenshot("members-requests");
        member.click(By.cssSelector(".lang-fr"));
        member.waitFor(d -> member.text().contains("Mes demandes"));
        assertTrue(member.text().contains("Acceptée"), member::text);
        member.click(By.cssSelector(".lang-de"));
        member.waitFor(d -> member.text().contains("Meine Anfragen"));
        member.click(By.cssSelector(".lang-en"));
        member.waitFor(d -> member.text().contains("My requests"));
        phoneShot(username, "members-space-phone", "/my/index.xhtml");
        phoneShot(username, "members-article-phone", "/my/article.xhtml?id=" + articleId);
    }

    @Test
    void aMemberReplacesTheWebsiteOfTheirEntityAndItGoesLive() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Website entity " + suffix;
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", entityName).add("kind", "company")
                .add("websites", Json.createArrayBuilder().add("https://old.example.org/"
                        + suffix)).build());
        assertEquals(201, created.status(), created::toString);
        String entityId = created.object().getString("id");
        String username = "mw-" + suffix;
        member(username);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            admin.signInAsAdmin();
            member.signIn(username, PASSWORD);
            askToBeAttached(member, entityName);
            admin.open("/admin/members/queue.xhtml");
            decide(admin, "request-item", entityName, "Welcome", "approve");
            EntityReview.with(admin, false, () -> {
                member.open("/my/index.xhtml");
                member.click(By.linkText("Edit"));
                member.waitFor(d -> d.getCurrentUrl().contains(entityId));
                member.type(By.id("entity-form:websites_0_"), "https://new.example.org/"
                        + suffix);
                member.click(By.id("entity-form:save"));
                member.waitFor(d -> member.text().contains("were saved"));
                assertEquals(List.of("https://new.example.org/" + suffix),
                        Node.get("/api/entities/" + entityId).object()
                                .getJsonArray("websites").getValuesAs(
                                        jakarta.json.JsonString::getString));
            });
        }
    }

    static void askToBeAttached(Browser member, String entityName) {
        member.open("/my/requests.xhtml");
        member.type(By.id("attach-form:entity_input"), entityName);
        By choice = By.cssSelector("[id='attach-form:entity_panel'] li.ui-autocomplete-item");
        member.click(choice).awaitAjax();
        member.type(By.id("attach-form:reason"), "I run this company");
        member.click(By.id("attach-form:send"));
        member.waitFor(d -> member.find(By.id("list-form:requests")).getText()
                .contains(entityName));
        assertTrue(member.find(By.id("list-form:requests")).getText().contains("Waiting"));
    }

    static void editEntity(Browser member, String entityId) {
        member.open("/my/index.xhtml");
        member.click(By.linkText("Edit"));
        member.waitFor(d -> d.getCurrentUrl().contains(entityId));
        member.type(By.id("entity-form:phone"), "+352 555 0101");
        member.click(By.id("entity-form:add-website")).awaitAjax();
        member.type(By.id("entity-form:websites_0_"), "https://example.org/member");
        member.screenshot("members-entity");
        member.click(By.id("entity-form:save"));
        member.waitFor(d -> member.text().contains("sent for review"));
        assertTrue(member.find(By.id("entity-form:waiting-note")).isDisplayed());
    }

    /** Writes and submits a news article; returns its id. */
    static String writeArticle(Browser member, String entityName, String title) {
        member.open("/my/articles.xhtml");
        member.click(By.id("new-article"));
        member.type(By.id("article-form:title"), title)
                .type(By.id("article-form:summary"), "What happened");
        member.click(By.id("article-form:save"));
        member.waitFor(d -> d.getCurrentUrl().contains("id="));
        String url = member.driver().getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
        assertTrue(member.text().contains(entityName), member::text);
        member.click(By.id("article-form:submit"));
        member.waitFor(d -> member.find(By.id("article-state")).getText().contains("In review"));
        return id;
    }

    /** Writes a draft and deletes it again, confirming in the dialog. */
    static void deleteADraft(Browser member, String title) {
        member.open("/my/article.xhtml");
        member.type(By.id("article-form:title"), title).click(By.id("article-form:save"));
        member.waitFor(d -> d.getCurrentUrl().contains("id="));
        member.click(By.id("article-form:delete"));
        member.click(By.id("article-form:confirm-yes"));
        member.waitFor(d -> d.getCurrentUrl().contains("/my/articles"));
        assertTrue(member.text().contains("The draft was deleted."), member::text);
        assertTrue(!member.text().contains(title), member::text);
    }

    /** The queue entry of this kind that names the text. */
    static WebElement item(Browser admin, String kind, String text) {
        return admin.waitFor(d -> d.findElements(By.cssSelector("form." + kind)).stream()
                .filter(f -> f.getText().contains(text)).findFirst().orElse(null));
    }

    /** Types a message on a queue entry and presses one of its buttons. */
    static void decide(Browser admin, String kind, String text, String message, String button) {
        WebElement form = item(admin, kind, text);
        if (message != null) {
            WebElement box = form.findElement(By.tagName("textarea"));
            box.clear();
            box.sendKeys(message);
        }
        form.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
        admin.waitFor(d -> d.findElements(By.cssSelector("form." + kind)).stream()
                .noneMatch(f -> f.getText().contains(text)));
    }

    static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** A screenshot of a page of the member at phone size. */
    private static void phoneShot(String username, String name, String path) {
        try (Browser phone = Browser.phone()) {
            phone.signIn(username, PASSWORD).open(path);
            phone.screenshot(name);
        }
    }
}
