package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * An administrator sends a campaign to the members of entities tagged with a value (or a
 * value below it): exactly those members receive it, and a member who followed the
 * unsubscribe link of an earlier campaign mail receives nothing. Mail programs' one-click
 * unsubscription (RFC 8058) and the profile page show the same choice.
 */
class CampaignPortalIT {

    private static final String PASSWORD = "Campaign-Reader-" + UUID.randomUUID();

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
        Mailbox.start();
    }

    @Test
    void aCampaignToATaggedAudienceReachesExactlyItsMembersButNotWhoUnsubscribed()
            throws Exception {
        String scheme = created("/api/taxonomies", Json.createObjectBuilder()
                .add("code", "cmp" + marker).add("labels", Json.createObjectBuilder()
                        .add("en", "Campaign sectors " + marker))
                .add("appliesTo", Json.createArrayBuilder().add("entity")).build());
        String top = value(scheme, "top", "Sector " + marker, null);
        String leaf = value(scheme, "leaf", "Subsector " + marker, top);
        String other = value(scheme, "other", "Elsewhere " + marker, null);
        String tagged = entity("Tagged below " + marker, leaf);
        String untagged = entity("Tagged elsewhere " + marker, other);
        String first = member("cmp-a-" + marker, tagged);
        String second = member("cmp-b-" + marker, tagged);
        String outside = member("cmp-c-" + marker, untagged);
        String leaving = member("cmp-u-" + marker, tagged);

        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin();
            sendToList(browser, "Earlier " + marker, leaving);
            MimeMessage earlier = Mailbox.latest(leaving);
            String link = header(earlier, "List-Unsubscribe").replaceAll("[<>]", "");
            assertEquals("List-Unsubscribe=One-Click", header(earlier, "List-Unsubscribe-Post"));
            browser.driver().get(link);
            assertTrue(browser.find(By.id("question")).getText().contains("@"));
            browser.click(By.id("unsubscribe:confirm"));
            assertTrue(browser.find(By.id("done")).getText()
                    .contains("no more campaign mails"));

            String subject = "Sector news " + marker;
            browser.open("/admin/index.xhtml");
            browser.click(By.id("nav-campaigns"));
            browser.click(By.id("new"));
            write(browser, subject, "Hello sector " + marker);
            browser.click(By.xpath("//label[contains(.,'Members of entities tagged')]"));
            browser.click(By.xpath("(//span[contains(@class,'ui-treenode-label')]"
                    + "[normalize-space()='Sector " + marker + "'])/ancestor::li[1]"
                    + "//div[contains(@class,'ui-chkbox-box')]"));
            browser.click(By.id("campaign:count"));
            browser.awaitAjax();
            assertTrue(browser.find(By.id("count-result")).getText().contains("reaches 2 "),
                    browser.text());
            browser.click(By.id("campaign:preview"));
            browser.awaitAjax();
            assertTrue(browser.find(By.id("preview-frame")).getAttribute("srcdoc")
                    .contains("Hello sector " + marker));
            browser.screenshot("campaign-preview");

            sendNow(browser);
            browser.waitFor(d -> browser.find(By.id("counts")).getText()
                    .contains("2 sent"));
            browser.waitFor(d -> browser.find(By.id("status")).getText().equals("Sent"));
            browser.screenshot("campaign-sent");
        }

        assertEquals("Sector news " + marker, Mailbox.subject(Mailbox.latest(first)));
        // The campaign is done only once the mail server took every mail.
        assertEquals(1, Mailbox.to(first).size());
        assertEquals(1, Mailbox.to(second).size());
        assertEquals(0, Mailbox.to(outside).size());
        assertEquals(List.of("Earlier " + marker), Mailbox.to(leaving).stream()
                .map(Mailbox::subject).toList());

        assertEquals(200, oneClick(header(Mailbox.latest(second), "List-Unsubscribe")));
        assertEquals(404, oneClick("<" + Node.BASE_URL + "/unsubscribe?t=made-up>"));
        for (String username : List.of("cmp-u-" + marker, "cmp-b-" + marker)) {
            try (Browser member = Browser.desktop()) {
                member.signIn(username, PASSWORD).open("/account/profile.xhtml");
                assertEquals(null, member.driver().findElement(
                        By.id("profile:communication_input")).getAttribute("checked"),
                        username + "'s profile shows the unsubscription");
            }
        }
    }

    /** Posts the one-click unsubscription of RFC 8058 to the header's link; the status. */
    private static int oneClick(String header) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(header.replaceAll("[<>]", "")))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aTemplateWithoutTheContentSlotIsRefusedNextToItsHtml() {
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/campaigns/templates.xhtml");
            browser.click(By.id("templates:new")).awaitAjax();
            browser.type(By.id("template:name"), "No slot " + marker);
            browser.type(By.id("template:html"), "<p>Nothing goes here</p>");
            browser.click(By.id("template:save")).awaitAjax();

            String error = browser.find(By.cssSelector("#template .ui-message-error")).getText();
            assertTrue(error.contains("{{content}}"), error);
            assertTrue(browser.findAll(By.xpath("//tr[contains(@class,'template-row')]"
                    + "[contains(.,'No slot " + marker + "')]")).isEmpty(), "nothing stored");
        }
    }

    @Test
    void aTestMailAndABadOrPastSendingTimeAlwaysAnswerWithAMessage() {
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/campaigns/edit.xhtml");
            write(browser, "Timed " + marker, "Later news");
            browser.click(By.xpath("//label[contains(.,'An uploaded list')]"));
            browser.type(By.id("campaign:addresses"), "timed-" + marker + "@example.org");

            // The first administrator has no address unless a test gave it one: either way
            // the page says what happened.
            browser.click(By.id("campaign:test"));
            browser.waitFor(d -> browser.text().contains("has no e-mail address to send the test")
                    || browser.text().contains("Test mail sent to"));

            browser.type(By.id("campaign:sendAt_input"), "garbage");
            browser.click(By.id("campaign:schedule"));
            String bad = browser.find(By.cssSelector("#campaign .ui-message-error")).getText();
            assertTrue(!bad.isBlank(), "the converter's message is shown beside the time");

            browser.type(By.id("campaign:sendAt_input"), "2020-01-01 10:00");
            browser.click(By.id("campaign:schedule"));
            browser.waitFor(d -> browser.text().contains("has passed already"));
            assertTrue(browser.findAll(By.id("progress")).isEmpty(), "nothing was sent");
        }
    }

    private static void write(Browser browser, String subject, String text) {
        browser.type(By.id("campaign:subject"), subject);
        browser.find(By.cssSelector("#campaign\\:body .ql-editor")).sendKeys(text);
    }

    private static void sendToList(Browser browser, String subject, String address) {
        browser.open("/admin/campaigns/edit.xhtml");
        write(browser, subject, "Earlier news");
        browser.click(By.xpath("//label[contains(.,'An uploaded list')]"));
        browser.type(By.id("campaign:addresses"), address);
        sendNow(browser);
        browser.waitFor(d -> browser.find(By.id("counts")).getText()
                .contains("1 sent"));
    }

    private static void sendNow(Browser browser) {
        browser.click(By.id("campaign:send-now"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(d -> !d.findElements(By.id("progress")).isEmpty());
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name)[0];
    }

    private static String created(String path, JsonObject body) {
        Reply reply = Node.post(path, Caller.ADMIN, body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getString("id");
    }

    private static String value(String scheme, String code, String label, String parent) {
        var body = Json.createObjectBuilder().add("code", code)
                .add("labels", Json.createObjectBuilder().add("en", label));
        if (parent != null) {
            body.add("parent", parent);
        }
        return created("/api/taxonomies/" + scheme + "/values", body.build());
    }

    private static String entity(String name, String tag) {
        return created("/api/entities", Json.createObjectBuilder().add("name", name)
                .add("kind", "company").add("status", "active")
                .add("tags", Json.createArrayBuilder().add(tag)).build());
    }

    private static String member(String username, String entity) {
        String address = username + "@example.org";
        created("/api/admin/accounts", Json.createObjectBuilder().add("username", username)
                .add("email", address).add("roles", Json.createArrayBuilder().add("member"))
                .add("active", true).add("entities", Json.createArrayBuilder().add(entity))
                .add("password", PASSWORD).build());
        return address;
    }
}
