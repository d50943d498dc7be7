package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import jakarta.json.Json;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * Members' work reaches the public only through another person's review: an administrator
 * who is also a member sees their own rows but cannot decide them, a logo a member uploads
 * stays unseen until its change is approved, and the member forms show each refusal next to
 * its field.
 */
class MemberReviewPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    private static String ask(Caller member, String entityId) {
        Reply asked = Node.post("/api/my/requests", member, Json.createObjectBuilder()
                .add("entity", entityId).add("reason", "I run it").build());
        assertEquals(201, asked.status(), asked::toString);
        return asked.object().getString("id");
    }

    @Test
    void anAdministratorWhoIsAMemberCannotDecideTheirOwnRequest() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Own row " + suffix;
        String entityId = MemberPortalIT.entity(entityName);
        String username = "own-" + suffix;
        Reply created = Node.post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Both " + suffix)
                .add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("admin").add("member"))
                .add("active", true).add("password", MemberPortalIT.PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        String requestId = ask(Caller.basic(username, MemberPortalIT.PASSWORD), entityId);

        try (Browser both = Browser.desktop(); Browser other = Browser.desktop()) {
            both.signIn(username, MemberPortalIT.PASSWORD).open("/admin/members/queue.xhtml");
            WebElement row = MemberPortalIT.item(both, "request-item", entityName);
            assertTrue(row.getText().contains("You sent this yourself as a member"),
                    row::getText);
            assertNotNull(row.findElement(By.cssSelector("button[id$=':approve']"))
                    .getAttribute("disabled"));
            assertNotNull(row.findElement(By.cssSelector("button[id$=':reject']"))
                    .getAttribute("disabled"));

            other.signInAsAdmin().open("/admin/members/queue.xhtml");
            WebElement shown = MemberPortalIT.item(other, "request-item", entityName);
            assertFalse(shown.getText().contains("You sent this yourself"), shown::getText);
            MemberPortalIT.decide(other, "request-item", entityName, null, "approve");
            assertEquals("approved", Node.get("/api/my/requests/" + requestId,
                    Caller.basic(username, MemberPortalIT.PASSWORD)).object()
                    .getString("status"));

            String title = "Own news " + suffix;
            String articleId = MemberPortalIT.writeArticle(both, entityName, title);
            Caller api = Caller.basic(username, MemberPortalIT.PASSWORD);
            long version = Node.get("/api/articles/" + articleId, api).object()
                    .getJsonNumber("version").longValue();
            Reply published = Node.put("/api/articles/" + articleId, api,
                    Json.createObjectBuilder().add("version", version).add("type", "news")
                            .add("title", title).add("status", "public").build());
            assertEquals(403, published.status(), published::toString);
            assertTrue(published.contentType().startsWith("application/problem+json"),
                    published::toString);
            assertEquals("urn:openxeco:problem:self-review",
                    published.object().getString("type"), published::toString);
            both.open("/admin/members/queue.xhtml");
            WebElement article = MemberPortalIT.item(both, "article-item", title);
            assertTrue(article.getText().contains("You sent this yourself as a member"),
                    article::getText);
            assertNotNull(article.findElement(By.cssSelector("button[id$=':publish']"))
                    .getAttribute("disabled"));
        }
        assertEquals(404, Node.get("/api/articles/" + Node.get("/api/my/articles",
                Caller.basic(username, MemberPortalIT.PASSWORD)).object()
                .getJsonArray("items").getJsonObject(0).getString("id")).status(),
                "still not public");
    }

    @Test
    void aLogoAMemberUploadsIsUnseenUntilTheChangeIsApprovedAndGoneWhenDeclined() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Logo review " + suffix;
        String entityId = MemberPortalIT.entity(entityName);
        String username = "logo-" + suffix;
        MemberPortalIT.member(username);
        ask(Caller.basic(username, MemberPortalIT.PASSWORD), entityId);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            admin.signInAsAdmin().open("/admin/members/queue.xhtml");
            MemberPortalIT.decide(admin, "request-item", entityName, null, "approve");
            member.signIn(username, MemberPortalIT.PASSWORD);
            EntityReview.with(admin, true, () -> {
                String declined = uploadAndSave(member, entityId, uniqueColour());
                assertEquals(404, Node.get(declined).status(), "not public while in review");
                assertEquals(200, fetchStatus(member, declined), "the member sees it");
                admin.open("/admin/members/queue.xhtml");
                MemberPortalIT.decide(admin, "change-item", entityName, "Not this one",
                        "reject");
                assertEquals(404, fetchStatus(member, declined), "discarded when declined");

                String approved = uploadAndSave(member, entityId, uniqueColour());
                assertEquals(404, Node.get(approved).status());
                admin.open("/admin/members/queue.xhtml");
                WebElement shown = MemberPortalIT.item(admin, "change-item", entityName)
                        .findElement(By.cssSelector("td.proposed img"));
                String hash = approved.substring(approved.lastIndexOf('/') + 1);
                assertTrue(shown.getAttribute("src").endsWith("/media/" + hash),
                        "the reviewer sees the proposed logo: " + shown.getAttribute("src"));
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) admin
                        .driver()).executeScript("return arguments[0].complete"
                        + " && arguments[0].naturalWidth > 0", shown), "and it loads");
                MemberPortalIT.decide(admin, "change-item", entityName, null, "approve");
                assertEquals(200, Node.get(approved).status(), "public once approved");
                assertTrue(Node.get("/api/entities/" + entityId).object().toString()
                        .contains(approved.substring("/media/".length())));
            });
        }
    }

    @Test
    void theMemberFormsShowEachRefusalNextToItsField() {
        String username = "fields-" + UUID.randomUUID().toString().substring(0, 8);
        MemberPortalIT.member(username);
        try (Browser member = Browser.desktop()) {
            member.signIn(username, MemberPortalIT.PASSWORD).open("/my/requests.xhtml");
            member.click(By.id("attach-form:send"));
            assertNextTo(member, "attach-form:entity");

            member.type(By.id("propose-form:name"), "Fields SA");
            member.type(By.id("propose-form:countryCode"), "l1");
            // An address the browser takes but the node refuses (web addresses only).
            member.type(By.id("propose-form:website"), "ftp://example.org/files");
            member.click(By.id("propose-form:propose"));
            assertNextTo(member, "propose-form:countryCode");
            assertNextTo(member, "propose-form:website");
            assertTrue(member.findAll(By.cssSelector("#messages .ui-messages-error")).isEmpty(),
                    member::text);
        }
    }

    @Test
    void anEventDraftWithoutAStartShowsTheRefusalNextToTheStart() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Event fields " + suffix;
        String entityId = MemberPortalIT.entity(entityName);
        String username = "event-" + suffix;
        MemberPortalIT.member(username);
        ask(Caller.basic(username, MemberPortalIT.PASSWORD), entityId);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            admin.signInAsAdmin().open("/admin/members/queue.xhtml");
            MemberPortalIT.decide(admin, "request-item", entityName, null, "approve");
            member.signIn(username, MemberPortalIT.PASSWORD).open("/my/article.xhtml");
            TaxonomyPortalIT.choose(member, "article-form:type", "Event");
            member.awaitAjax().find(By.id("article-form:start"));
            member.type(By.id("article-form:title"), "An event with no start");
            member.click(By.id("article-form:save"));

            assertNextTo(member, "article-form:start");
            assertTrue(member.findAll(By.cssSelector("#article-form\\:messages"
                    + " .ui-messages-error")).isEmpty(), member::text);
        }
    }

    /** Asserts that an error message stands right after this input, not at the top. */
    private static void assertNextTo(Browser browser, String inputId) {
        String text = browser.waitFor(d -> {
            Object found = ((JavascriptExecutor) d).executeScript(
                    "const next = document.getElementById(arguments[0]).nextElementSibling;"
                    + "return next && next.classList.contains('ui-message-error')"
                    + " ? next.textContent : null;", inputId);
            return found == null || String.valueOf(found).isBlank() ? null : found.toString();
        });
        assertFalse(text.isBlank(), inputId);
    }

    /** Uploads a logo of one colour, saves the entity and returns the logo's address. */
    private static String uploadAndSave(Browser member, String entityId, Color colour) {
        member.open("/my/entity.xhtml?id=" + entityId);
        member.driver().findElement(By.id("entity-form:logo_input"))
                .sendKeys(png(colour).toString());
        String src = member.awaitAjax().find(By.id("entity-form:logo-preview"))
                .getAttribute("src");
        member.click(By.id("entity-form:save"));
        // The note of the waiting change shows it was kept, even when the flash is lost.
        member.waitFor(d -> member.text().contains("sent for review")
                || !d.findElements(By.id("entity-form:waiting-note")).isEmpty()
                && d.findElements(By.id("entity-form:logo-preview")).stream()
                        .anyMatch(p -> src.equals(p.getAttribute("src"))));
        return src.substring(src.indexOf("/media/"));
    }

    /** The status the member's own browser gets for an address, with its session. */
    private static long fetchStatus(Browser browser, String path) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {cache: 'no-store'}).then(r => done(r.status));", path);
    }

    /** A colour no earlier run used, so that the image is new to the node. */
    private static Color uniqueColour() {
        return new Color(ThreadLocalRandom.current().nextInt(0x1000000));
    }

    private static Path png(Color colour) {
        BufferedImage image = new BufferedImage(20, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 20; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        try {
            Path file = Files.createTempFile("member-logo", ".png");
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
