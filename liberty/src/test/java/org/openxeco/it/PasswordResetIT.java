package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openxeco.it.AccountForms.Member;

/**
 * Forgotten passwords over HTTP with a real mail server: the request page tells nobody
 * which addresses have accounts, a link works once and only while it is the latest, the
 * new password follows the rules and lifts a lock, and mails to one address are limited.
 */
class PasswordResetIT extends AccountTest {

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownOneAMail() {
        Member member = AccountForms.member();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";

        PortalSession.Page known = AccountForms.forgot(member.email());
        PortalSession.Page other = AccountForms.forgot(unknown);

        assertEquals(200, known.status());
        assertEquals(known.status(), other.status());
        assertTrue(AccountForms.said(known).contains("If an account uses this address"),
                known::body);
        assertEquals(AccountForms.said(known), AccountForms.said(other));
        Mailbox.await(member.email(), 1, Duration.ofSeconds(20));
        AccountForms.settle();
        assertEquals(0, Mailbox.to(unknown).size());
        assertEquals(1, Mailbox.to(member.email()).size());
    }

    @Test
    void aResetLinkSetsAPasswordThatFollowsTheRulesAndWorksOnce() {
        Member member = AccountForms.member();
        AccountForms.forgot(member.email());
        String link = AccountForms.path(AccountForms.link(member.email(),
                "/password/reset.xhtml?token="));
        assertFalse(Mailbox.text(Mailbox.latest(member.email())).contains(member.password()));

        PortalSession visitor = new PortalSession();
        PortalSession.Page weak = AccountForms.submit(visitor, link, "reset", "submit",
                Map.of("password", "short", "repeatPassword", "short"));
        assertTrue(weak.body().contains("12 characters"), weak::body);

        String chosen = "Chosen-After-Reset-" + UUID.randomUUID().toString().substring(0, 6);
        PortalSession.Page done = AccountForms.submit(new PortalSession(), link, "reset",
                "submit", Map.of("password", chosen, "repeatPassword", chosen));
        assertTrue(AccountForms.said(done).contains("Your password was changed"), done::body);

        assertEquals(302, new PortalSession().signIn(member.username(), chosen).status());
        assertEquals(200, new PortalSession().signIn(member.username(), member.password())
                .status(), "the former password no longer signs in");
        PortalSession.Page again = new PortalSession().get(link);
        assertTrue(AccountForms.said(again).contains("This link was used already"),
                again::body);
        assertFalse(again.body().contains("reset:password"), "no form for a used link");
    }

    @Test
    void aNewerLinkMakesTheOlderOneUnusable() {
        Member member = AccountForms.member();
        AccountForms.forgot(member.email());
        String older = AccountForms.path(AccountForms.link(member.email(), "/password/reset"));
        AccountForms.forgot(member.email());
        Mailbox.await(member.email(), 2, Duration.ofSeconds(20));
        String newer = AccountForms.path(AccountForms.link(member.email(), "/password/reset"));
        assertFalse(older.equals(newer));

        PortalSession.Page refused = new PortalSession().get(older);
        assertTrue(AccountForms.said(refused).contains("A newer link was sent"),
                refused::body);
        PortalSession.Page usable = new PortalSession().get(newer);
        assertTrue(usable.body().contains(member.username()), usable::body);
    }

    @Test
    void anUnknownLinkIsRefusedWithAClearMessageOnAPageNotCachedNorReferred() {
        PortalSession.Page page = new PortalSession().get("/password/reset.xhtml?token="
                + "x".repeat(43));
        assertEquals(200, page.status());
        assertTrue(AccountForms.said(page).contains("This link is not valid"), page::body);
        assertTrue(page.raw().headers().firstValue("Cache-Control").orElse("")
                .startsWith("no-store"), page.raw().headers()::toString);
        assertEquals("no-referrer",
                page.raw().headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void theFourthRequestWithinTheWindowLooksTheSameButSendsNoMail() {
        Member member = AccountForms.member();
        String first = null;
        for (int i = 0; i < 3; i++) {
            PortalSession.Page page = AccountForms.forgot(member.email());
            first = first == null ? AccountForms.said(page) : first;
            Mailbox.await(member.email(), i + 1, Duration.ofSeconds(20));
        }

        PortalSession.Page refused = AccountForms.forgot(member.email());
        assertEquals(200, refused.status());
        assertEquals(first, AccountForms.said(refused));
        AccountForms.settle();
        assertEquals(3, Mailbox.to(member.email()).size());
    }

    @Test
    void aResetLiftsTheLockAfterTooManyFailedSignIns() {
        Member member = AccountForms.member();
        for (int i = 0; i < 5; i++) {
            new PortalSession().signIn(member.username(), "wrong-password-" + i);
        }
        assertEquals(200, new PortalSession().signIn(member.username(), member.password())
                .status(), "the right password is refused while the account is locked");

        AccountForms.forgot(member.email());
        String link = AccountForms.path(AccountForms.link(member.email(), "/password/reset"));
        String chosen = "Unlocked-Again-" + UUID.randomUUID().toString().substring(0, 6);
        AccountForms.submit(new PortalSession(), link, "reset", "submit",
                Map.of("password", chosen, "repeatPassword", chosen));

        assertEquals(302, new PortalSession().signIn(member.username(), chosen).status());
    }

    @Test
    void aPasswordResetClosesTheAddressChangeLinkMailedBefore() {
        Member member = AccountForms.member();
        String newer = "moved-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(member.username(), member.password()).status());
        AccountForms.submit(session, "/account/index.xhtml", "email", "change-email",
                Map.of("email", newer, "currentPassword", member.password()));
        String change = AccountForms.path(AccountForms.link(newer,
                "/confirm-email.xhtml?token="));

        AccountForms.forgot(member.email());
        String reset = AccountForms.path(AccountForms.link(member.email(),
                "/password/reset.xhtml?token="));
        String chosen = "Chosen-After-Reset-" + UUID.randomUUID().toString().substring(0, 6);
        PortalSession.Page done = AccountForms.submit(new PortalSession(), reset, "reset",
                "submit", Map.of("password", chosen, "repeatPassword", chosen));
        assertTrue(AccountForms.said(done).contains("Your password was changed"), done::body);

        PortalSession.Page refused = AccountForms.submit(new PortalSession(), change, "confirm",
                "submit", Map.of());
        // Said as it happened: no newer link was sent, the password changed.
        assertTrue(AccountForms.said(refused).contains("password or e-mail address was"
                + " changed after it was sent"), refused::body);
    }

    @Test
    void aResetLinkOfADeactivatedAccountIsRefused() {
        Member member = AccountForms.member();
        AccountForms.forgot(member.email());
        String link = AccountForms.path(AccountForms.link(member.email(),
                "/password/reset.xhtml?token="));
        JsonObject account = Node.get("/api/admin/accounts?q=" + member.username(),
                Node.Caller.ADMIN).object().getJsonArray("items").getJsonObject(0);
        Node.Reply deactivated = Node.put("/api/admin/accounts/" + account.getString("id"),
                Node.Caller.ADMIN, Json.createObjectBuilder()
                        .add("username", member.username()).add("email", member.email())
                        .add("displayName", account.getString("displayName"))
                        .add("roles", account.getJsonArray("roles")).add("active", false)
                        .add("version", account.getJsonNumber("version")).build());
        assertEquals(204, deactivated.status(), deactivated::toString);

        String chosen = "Chosen-After-Reset-" + UUID.randomUUID().toString().substring(0, 6);
        PortalSession.Page refused = AccountForms.submit(new PortalSession(), link, "reset",
                "submit", Map.of("password", chosen, "repeatPassword", chosen));

        assertFalse(AccountForms.said(refused).contains("Your password was changed"),
                refused::body);
        assertEquals(200, new PortalSession().signIn(member.username(), chosen).status());
    }

    @Test
    void aPasswordSetByAnAdministratorClosesTheResetLinkMailedBefore() {
        Member member = AccountForms.member();
        AccountForms.forgot(member.email());
        String link = AccountForms.path(AccountForms.link(member.email(),
                "/password/reset.xhtml?token="));
        JsonObject account = Node.get("/api/admin/accounts?q=" + member.username(),
                Node.Caller.ADMIN).object().getJsonArray("items").getJsonObject(0);
        Node.Reply set = Node.post("/api/admin/accounts/" + account.getString("id")
                + "/password", Node.Caller.ADMIN, Json.createObjectBuilder()
                .add("password", "Set-By-Admin-" + UUID.randomUUID()).build());
        assertEquals(204, set.status(), set::toString);

        PortalSession.Page refused = new PortalSession().get(link);
        assertTrue(AccountForms.said(refused).contains("password or e-mail address was"
                + " changed after it was sent"), refused::body);
    }
}
