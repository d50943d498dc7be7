package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The whole way of a newcomer, as two people would click it: someone signs up, confirms the
 * address from the mail, signs in, asks to be attached to their company; the administrator
 * approves; the member edits the company and submits an article; the administrator
 * publishes it; an anonymous visitor then finds it on the public site. The member reads
 * their data export and leaves; the published article stays.
 */
class EcosystemJourneyIT {

    private static final String PASSWORD = "Journey-Member-Pass-9";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Mailbox.start();
        Node.awaitStarted();
    }

    @Test
    void aNewcomerSignsUpIsAttachedAndPublishesThroughReview() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "journey-" + suffix;
        String email = username + "@example.org";
        String entityName = "Journey Works " + suffix;
        String entityId = MemberPortalIT.entity(entityName);
        String title = "Journey news " + suffix;
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop();
                Browser visitor = Browser.desktop()) {
            try {
                signUpAndConfirm(member, username, email);
                member.signIn(username, PASSWORD);
                MemberPortalIT.askToBeAttached(member, entityName);

                admin.signInAsAdmin().open("/admin/members/queue.xhtml");
                MemberPortalIT.decide(admin, "request-item", entityName, "Welcome", "approve");
                Mailbox.await(email, 2, Duration.ofSeconds(20));
                member.open("/my/requests.xhtml");
                member.waitFor(d -> member.text().contains("Approved"));

                editEntityAndGetItApproved(admin, member, entityId);
                String articleId = MemberPortalIT.writeArticle(member, entityName, title);
                assertFalse(visibleTo(visitor, "/news", title), "not public while in review");
                admin.open("/admin/members/queue.xhtml");
                MemberPortalIT.decide(admin, "article-item", title, null, "publish");

                Reply article = Node.get("/api/articles/" + articleId, Caller.ANONYMOUS);
                assertEquals(200, article.status(), article::toString);
                String slug = article.object().getString("slug");
                assertTrue(visibleTo(visitor, "/news", title), "listed among the news");
                visitor.open("/news/" + slug);
                assertTrue(visitor.text().contains(title), visitor::text);
                assertTrue(visitor.text().contains(entityName), visitor::text);
                assertTrue(visibleTo(visitor, "/directory/" + entityId, title),
                        "listed on the entity's page");
                assertTrue(visitor.text().contains("+352 555 0199"), visitor::text);

                leave(member, title);
                assertEquals(200, Node.get("/api/articles/" + articleId, Caller.ANONYMOUS)
                        .status(), "the published article stays with its entity");
                assertTrue(visibleTo(visitor, "/news/" + slug, title));
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(admin, "journey-failure-admin");
                TaxonomyPortalIT.keepEvidence(member, "journey-failure-member");
                TaxonomyPortalIT.keepEvidence(visitor, "journey-failure-visitor");
                throw failure;
            }
        }
    }

    private static void signUpAndConfirm(Browser browser, String username, String email) {
        browser.open("/");
        browser.click(By.id("nav-sign-up"));
        browser.type(By.id("sign-up:username"), username).type(By.id("sign-up:email"), email)
                .type(By.id("sign-up:displayName"), "Journey Member")
                .type(By.id("sign-up:password"), PASSWORD)
                .type(By.id("sign-up:repeatPassword"), PASSWORD);
        browser.click(By.id("sign-up:submit"));
        browser.find(By.id("sent"));
        String link = Mailbox.link(Mailbox.latest(email), "/verify.xhtml?token=").orElseThrow();
        browser.driver().get(link);
        browser.click(By.id("verify:confirm"));
        browser.find(By.id("verified"));
    }

    /** The member changes the phone number, which waits for review; the admin approves. */
    private static void editEntityAndGetItApproved(Browser admin, Browser member,
            String entityId) {
        EntityReview.with(admin, true, () -> {
            member.open("/my/index.xhtml");
            member.click(By.linkText("Edit"));
            member.waitFor(d -> d.getCurrentUrl().contains(entityId));
            member.type(By.id("entity-form:phone"), "+352 555 0199");
            member.click(By.id("entity-form:save"));
            member.waitFor(d -> member.text().contains("sent for review"));
            admin.open("/admin/members/queue.xhtml");
            MemberPortalIT.decide(admin, "change-item", "+352 555 0199", null, "approve");
        });
        assertEquals("+352 555 0199", Node.get("/api/entities/" + entityId).object()
                .getString("phone"));
    }

    /** The member reads their data export, then deletes the account for good. */
    private static void leave(Browser member, String title) {
        member.open("/account/index.xhtml");
        // The export is a download: the page's own script fetches it with the session.
        String export = (String) ((JavascriptExecutor) member.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('/account/export').then(r => r.text()).then(done);");
        assertTrue(export.contains(title), "the export lists the member's article");
        member.open("/account/delete.xhtml");
        member.type(By.id("delete:currentPassword"), PASSWORD);
        member.click(By.id("delete:submit"));
        member.waitFor(d -> !d.getCurrentUrl().contains("/account/delete"));
        assertFalse(member.text().contains("Journey Member"), member::text);
    }

    /** Whether an anonymous visitor sees the text on the page at this path. */
    private static boolean visibleTo(Browser visitor, String path, String text) {
        visitor.open(path);
        return visitor.text().contains(text);
    }
}
