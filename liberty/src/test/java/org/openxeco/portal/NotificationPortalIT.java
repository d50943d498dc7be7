package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;

/**
 * A member chooses to hear of decisions in the portal only: an approval shows as an unread
 * notification in the member menu and on the notifications page, without a mail, and marking
 * it read clears the count. Once e-mail is chosen too, a declined request also arrives as a
 * mail through the real mail server.
 */
class NotificationPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
        Mailbox.start();
    }

    @Test
    void aDecisionIsNotifiedInThePortalOrByMailAsTheMemberChose() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "notice-" + suffix;
        String email = MemberPortalIT.member(username);
        String approved = "Notified " + suffix;
        String declined = "Declined " + suffix;
        MemberPortalIT.entity(approved);
        MemberPortalIT.entity(declined);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            try {
                admin.signInAsAdmin();
                member.signIn(username, MemberPortalIT.PASSWORD);
                portalOnly(member, approved, admin);
                alsoByMail(member, email, declined, admin);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(member, "notifications-failure");
                throw failure;
            }
        }
    }

    private static void portalOnly(Browser member, String entityName, Browser admin) {
        member.click(By.id("nav-my-notifications"));
        assertTrue(member.find(By.id("notices:list")).getText().contains("No notifications"));
        assertTrue(member.find(By.cssSelector(".choice-REQUEST_DECISIONS-mail")).isSelected());
        member.click(By.cssSelector(".choice-REQUEST_DECISIONS-mail"));
        member.click(By.id("choices:save"));
        member.waitFor(d -> member.text().contains("Your choices were saved."));

        MemberPortalIT.askToBeAttached(member, entityName);
        admin.open("/admin/members/queue.xhtml");
        MemberPortalIT.decide(admin, "request-item", entityName, "Welcome", "approve");

        member.open("/my/index.xhtml");
        assertEquals("1", member.find(By.id("unread-count")).getText());
        member.click(By.id("nav-my-notifications"));
        String list = member.find(By.id("notices:list")).getText();
        assertTrue(list.contains("Your request about " + entityName + " was approved"), list);
        assertTrue(list.contains("Welcome"), list);
        member.screenshot("notifications");
        member.click(By.cssSelector("button[id$=':mark-read']"));
        member.waitFor(d -> d.findElements(By.cssSelector("button[id$=':mark-read']")).isEmpty());
        assertTrue(member.findAll(By.id("unread-count")).isEmpty(), "the badge follows at once");
        member.open("/my/index.xhtml");
        member.find(By.id("nav-my-notifications"));
        assertTrue(member.findAll(By.id("unread-count")).isEmpty());
    }

    private static void alsoByMail(Browser member, String email, String entityName,
            Browser admin) {
        member.open("/my/notifications.xhtml");
        assertFalse(member.find(By.cssSelector(".choice-REQUEST_DECISIONS-mail")).isSelected());
        member.click(By.cssSelector(".choice-REQUEST_DECISIONS-mail"));
        member.click(By.id("choices:save"));
        member.waitFor(d -> member.text().contains("Your choices were saved."));

        MemberPortalIT.askToBeAttached(member, entityName);
        admin.open("/admin/members/queue.xhtml");
        MemberPortalIT.decide(admin, "request-item", entityName, "Not known here", "reject");

        MimeMessage mail = Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0);
        assertTrue(Mailbox.subject(mail).contains(entityName), () -> Mailbox.subject(mail));
        assertTrue(Mailbox.text(mail).contains("Not known here"));
        assertEquals(1, Mailbox.to(email).size(), "the approval before was not mailed");
        member.open("/my/notifications.xhtml");
        assertTrue(member.find(By.id("notices:list")).getText()
                .contains("Your request about " + entityName + " was declined"));
    }
}
