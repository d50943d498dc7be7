package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;

/**
 * A visitor writes through the contact page: a form sent faster than a person could fill it
 * in and an invalid address are refused with the reason while everything typed stays, and the
 * message that goes through reaches the administrators' queue, shown as typed (markup as
 * text), where it is closed, and an administrator's mailbox, answered to the visitor. A form
 * whose hidden field a machine filled in never arrives.
 */
class ContactPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    @Test
    void aVisitorsMessageReachesTheQueueAndIsClosed() throws MessagingException {
        String subject = "Joining the cluster " + UUID.randomUUID().toString().substring(0, 8);
        String text = "Hello,\n<script>alert('x')</script> we make sensors.";
        String adminEmail = mailedAdministrator();
        try (Browser visitor = Browser.desktop(); Browser admin = Browser.desktop();
                Browser other = Browser.desktop()) {
            try {
                write(visitor, subject, text);
                MimeMessage mail = Mailbox.await(adminEmail, 1, Duration.ofSeconds(20)).get(0);
                assertEquals("Contact message: " + subject, Mailbox.subject(mail));
                assertEquals("ada@example.org",
                        ((InternetAddress) mail.getReplyTo()[0]).getAddress());
                assertTrue(Mailbox.text(mail).contains(text), () -> Mailbox.text(mail));
                other.signInAsAdmin().open("/admin/members/queue.xhtml");
                WebElement stale = MemberPortalIT.item(other, "contact-item", subject);
                close(admin, subject, text);
                closeAgain(other, stale, subject);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(visitor, "contact-failure");
                throw failure;
            }
        }
    }

    @Test
    void aFormAMachineFilledInNeverReachesTheQueue() {
        String subject = "Cheap offer " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser machine = Browser.desktop(); Browser admin = Browser.desktop()) {
            machine.open("/contact");
            fill(machine, "Bot", "bot@example.org", subject, "Buy now");
            ((JavascriptExecutor) machine.driver()).executeScript(
                    "document.getElementById('contact:website').value = 'https://spam.example';");
            pause();
            machine.click(By.id("contact:send"));
            machine.waitFor(d -> machine.text().contains("your message was sent"));

            admin.signInAsAdmin().open("/admin/members/queue.xhtml");
            admin.find(By.id("contact-heading"));
            assertTrue(!admin.text().contains(subject), admin::text);
        }
    }

    /** A new administrator with an e-mail address, who is mailed of contact messages. */
    private static String mailedAdministrator() {
        Mailbox.start();
        String username = "contact-admin-" + UUID.randomUUID().toString().substring(0, 8);
        Node.Reply created = Node.post("/api/admin/accounts", Node.Caller.ADMIN,
                Json.createObjectBuilder().add("username", username)
                        .add("displayName", "Admin " + username)
                        .add("email", username + "@example.org")
                        .add("roles", Json.createArrayBuilder().add("admin"))
                        .add("password", "Admin-Pass-" + UUID.randomUUID()).build());
        assertEquals(201, created.status(), created::toString);
        return username + "@example.org";
    }

    private static void write(Browser visitor, String subject, String text) {
        visitor.open("/");
        visitor.click(By.id("nav-contact"));
        fill(visitor, "Ada Visitor", "ada@example", subject, text);
        visitor.click(By.id("contact:send"));
        visitor.waitFor(d -> visitor.text().contains("faster than a person"));
        assertTyped(visitor, "ada@example", subject, text);

        pause();
        visitor.click(By.id("contact:send"));
        visitor.waitFor(d -> visitor.text().contains("Not a valid e-mail address"));
        assertTyped(visitor, "ada@example", subject, text);
        visitor.screenshot("contact-refused");

        visitor.type(By.id("contact:email"), "ada@example.org");
        visitor.click(By.id("contact:send"));
        visitor.waitFor(d -> visitor.text().contains("your message was sent"));
        assertEquals("", visitor.find(By.id("contact:subject")).getAttribute("value"));
    }

    private static void close(Browser admin, String subject, String text) {
        admin.signInAsAdmin().open("/admin/members/queue.xhtml");
        WebElement item = MemberPortalIT.item(admin, "contact-item", subject);
        assertEquals(text, item.findElement(By.className("contact-text")).getText());
        assertTrue(item.getText().contains("Ada Visitor (ada@example.org)"), item::getText);
        admin.screenshot("contact-queue");
        item.findElement(By.cssSelector("button[id$=':close']")).click();
        admin.waitFor(d -> admin.text().contains("was closed"));
        assertTrue(admin.findAll(By.cssSelector("form.contact-item")).stream()
                .noneMatch(f -> f.getText().contains(subject)));
    }

    /** A second administrator's Close on a message closed meanwhile shows the queue as now. */
    private static void closeAgain(Browser other, WebElement stale, String subject) {
        stale.findElement(By.cssSelector("button[id$=':close']")).click();
        other.waitFor(d -> other.text().contains("Someone else changed this record"));
        assertTrue(other.findAll(By.cssSelector("form.contact-item")).stream()
                .noneMatch(f -> f.getText().contains(subject)), other::text);
    }

    private static void fill(Browser browser, String name, String email, String subject,
            String text) {
        browser.type(By.id("contact:name"), name).type(By.id("contact:email"), email)
                .type(By.id("contact:subject"), subject).type(By.id("contact:message"), text);
    }

    private static void assertTyped(Browser visitor, String email, String subject,
            String text) {
        assertEquals("Ada Visitor", visitor.find(By.id("contact:name")).getAttribute("value"));
        assertEquals(email, visitor.find(By.id("contact:email")).getAttribute("value"));
        assertEquals(subject, visitor.find(By.id("contact:subject")).getAttribute("value"));
        assertEquals(text, visitor.find(By.id("contact:message")).getAttribute("value")
                .replace("\r\n", "\n"));
    }

    /** Waits past the shortest time a person takes to fill in the form. */
    private static void pause() {
        try {
            Thread.sleep(3_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
