package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The self-service account pages driven over HTTP the way a browser posts them, members
 * made through the admin API, and the links the node mails them.
 */
final class AccountForms {

    private static final Pattern MESSAGE = Pattern.compile(
            "class=\"ui-messages-(?:error|info|warn)-summary\">([^<]*)<");
    private static final Pattern DONE = Pattern.compile("class=\"account-done\">([^<]*)<");

    private AccountForms() {
    }

    /** A member with a unique user name and address, made by the administrator. */
    record Member(String username, String email, String password) {
    }

    static Member member() {
        String username = "acc-" + UUID.randomUUID().toString().substring(0, 10);
        String email = username + "@example.org";
        String password = "Member-Pass-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = Node.post("/api/admin/accounts", Caller.ADMIN,
                Json.createObjectBuilder().add("username", username)
                        .add("displayName", "Member " + username).add("email", email)
                        .add("roles", Json.createArrayBuilder().add("member"))
                        .add("password", password).build());
        assertEquals(201, created.status(), created::toString);
        return new Member(username, email, password);
    }

    /** Sends a page's form: its id, the button's id and the fields by their short ids. */
    static PortalSession.Page submit(PortalSession session, String path, String form,
            String button, Map<String, String> fields) {
        PortalSession.Page page = session.get(path);
        assertEquals(200, page.status(), path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form + "_SUBMIT", "1");
        fields.forEach((name, value) -> all.put(form + ":" + name, value));
        all.put(form + ":" + button, "");
        return session.post(path.replaceFirst("\\?.*$", ""), page.body(), all);
    }

    /** Asks for a password reset link for the address, as an anonymous visitor. */
    static PortalSession.Page forgot(String email) {
        return submit(new PortalSession(), "/password/forgot.xhtml", "forgot", "submit",
                Map.of("email", email));
    }

    /** The link of the latest mail to the address whose path contains the part. */
    static String link(String email, String part) {
        MimeMessage mail = Mailbox.latest(email);
        return Mailbox.link(mail, part).orElseThrow(() -> new AssertionError(
                "No link with " + part + " in: " + Mailbox.text(mail)));
    }

    /** The path and query of a link to the node. */
    static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }

    /** The messages and confirmations a page shows, joined. */
    static String said(PortalSession.Page page) {
        StringBuilder text = new StringBuilder();
        for (Pattern pattern : new Pattern[] {MESSAGE, DONE}) {
            Matcher m = pattern.matcher(page.body());
            while (m.find()) {
                text.append(m.group(1).strip()).append('\n');
            }
        }
        return text.toString();
    }

    /** Waits a little for mails that should not come, so their absence means something. */
    static void settle() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
