package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.openxeco.it.AccountForms.Member;

/**
 * Sign-up over HTTP with a real mail server: a registered address gets the same answer as
 * a new one while its owner is told, an account signs in only once its address is
 * confirmed, and the confirmation link works once.
 */
class SignUpIT extends AccountTest {

    static final String PASSWORD = "Signed-Up-Pass-42";

    static PortalSession.Page signUp(String username, String email) {
        return AccountForms.submit(new PortalSession(), "/sign-up.xhtml", "sign-up", "submit",
                Map.of("username", username, "email", email, "displayName", "New Member",
                        "language_input", "en", "password", PASSWORD,
                        "repeatPassword", PASSWORD));
    }

    @Test
    void aRegisteredAddressGetsTheSameAnswerAsANewOneAndItsOwnerIsTold() {
        Member owner = AccountForms.member();
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);

        PortalSession.Page taken = signUp("other-" + fresh, owner.email());
        PortalSession.Page created = signUp(fresh, fresh + "@example.org");

        assertEquals(200, taken.status());
        assertEquals(taken.status(), created.status());
        assertTrue(AccountForms.said(created).contains("Check your mailbox"), created::body);
        assertEquals(AccountForms.said(created), AccountForms.said(taken));
        assertTrue(Mailbox.subject(Mailbox.latest(owner.email())).contains("Someone tried"));
        assertTrue(Mailbox.text(Mailbox.latest(owner.email())).contains(owner.username()));
        assertTrue(Mailbox.link(Mailbox.latest(fresh + "@example.org"), "/verify.xhtml?token=")
                .isPresent());
        Node.Reply list = Node.get("/api/admin/accounts?q=other-" + fresh, Node.Caller.ADMIN);
        assertEquals(0, list.object().getJsonArray("items").size(),
                "no account was made for the registered address: " + list);
    }

    @Test
    void anAccountSignsInOnlyOnceItsAddressIsConfirmedByALinkThatWorksOnce() {
        String name = "pending-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(name, name + "@example.org");
        String link = AccountForms.path(AccountForms.link(name + "@example.org",
                "/verify.xhtml?token="));

        PortalSession.Page unconfirmed = new PortalSession().signIn(name, PASSWORD);
        assertEquals(200, unconfirmed.status());
        assertTrue(unconfirmed.body().contains("not confirmed yet"), unconfirmed::body);
        PortalSession.Page wrong = new PortalSession().signIn(name, "Not-The-Password-1");
        assertFalse(wrong.body().contains("not confirmed yet"), "told only to the owner");
        assertTrue(wrong.body().contains("The user name or password is wrong"));

        PortalSession.Page confirmed = AccountForms.submit(new PortalSession(), link, "verify",
                "confirm", Map.of());
        assertTrue(AccountForms.said(confirmed).contains("Your address is confirmed"),
                confirmed::body);
        assertEquals(302, new PortalSession().signIn(name, PASSWORD).status());

        PortalSession.Page again = AccountForms.submit(new PortalSession(), link, "verify",
                "confirm", Map.of());
        assertTrue(AccountForms.said(again).contains("This link was used already"),
                again::body);
    }

    @Test
    void aTakenUserNameIsRefusedAndNothingIsSent() {
        Member owner = AccountForms.member();
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        PortalSession.Page refused = signUp(owner.username(), email);

        assertTrue(refused.body().contains("This user name is taken"), refused::body);
        AccountForms.settle();
        assertEquals(0, Mailbox.to(email).size());
    }

    @Test
    void aTakenUserNameGetsTheSameAnswerWhetherTheAddressIsRegisteredOrNot() {
        Member owner = AccountForms.member();
        Member other = AccountForms.member();
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        PortalSession.Page registered = signUp(owner.username(), other.email());
        PortalSession.Page unknown = signUp(owner.username(), email);

        assertEquals(unknown.status(), registered.status());
        assertTrue(registered.body().contains("This user name is taken"), registered::body);
        assertEquals(AccountForms.said(unknown), AccountForms.said(registered));
    }

    @Test
    void aSignUpReplacesAnUnconfirmedAccountOnTheSameAddressAndTheMailNamesTheUserName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "claimed-" + tag + "@example.org";
        signUp("squatter-" + tag, email);
        String squatterLink = AccountForms.path(AccountForms.link(email, "/verify.xhtml?token="));

        signUp("owner-" + tag, email);
        Mailbox.await(email, 2, Duration.ofSeconds(20));
        assertTrue(Mailbox.text(Mailbox.latest(email)).contains("owner-" + tag));
        String ownerLink = AccountForms.path(AccountForms.link(email, "/verify.xhtml?token="));

        PortalSession.Page refused = AccountForms.submit(new PortalSession(), squatterLink,
                "verify", "confirm", Map.of());
        assertFalse(AccountForms.said(refused).contains("Your address is confirmed"),
                refused::body);
        assertTrue(AccountForms.said(refused).contains("This sign-up was replaced: someone"
                + " signed up again with the same e-mail address"), refused::body);
        PortalSession.Page confirmed = AccountForms.submit(new PortalSession(), ownerLink,
                "verify", "confirm", Map.of());
        assertTrue(AccountForms.said(confirmed).contains("Your address is confirmed"),
                confirmed::body);
        assertEquals(302, new PortalSession().signIn("owner-" + tag, PASSWORD).status());
        PortalSession.Page squatter = new PortalSession().signIn("squatter-" + tag, PASSWORD);
        assertFalse(squatter.body().contains("not confirmed yet"), "the squatter is gone");
    }

    @Test
    void aUserNameInAnotherCaseOrWidthIsTakenAndSignInFindsTheAccountInAnyCase() {
        Member owner = AccountForms.member();
        String email = "case-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        for (String lookAlike : new String[] {owner.username().toUpperCase(Locale.ROOT),
                toFullWidth(owner.username())}) {
            PortalSession.Page refused = signUp(lookAlike, email);
            assertTrue(refused.body().contains("This user name is taken"), refused::body);
        }
        AccountForms.settle();
        assertEquals(0, Mailbox.to(email).size());

        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(owner.username().toUpperCase(Locale.ROOT),
                owner.password()).status());
        assertTrue(session.get("/account/index.xhtml").body().contains(owner.email()));
    }

    @Test
    void aUserNameMixingAlphabetsIsRefusedNextToItsField() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // A Cyrillic "a" among Latin letters reads as "paypal".
        PortalSession.Page refused = signUp("p\u0430ypal-" + tag, "mixed-" + tag + "@example.org");

        assertTrue(refused.body().contains("letters or digits of one alphabet"), refused::body);
        assertFalse(AccountForms.said(refused).contains("Check your mailbox"), refused::body);
        Node.Reply api = Node.post("/api/admin/accounts", Node.Caller.ADMIN,
                Json.createObjectBuilder().add("username", "p\u0430ypal-" + tag)
                        .add("email", "api-" + tag + "@example.org")
                        .add("roles", Json.createArrayBuilder().add("member"))
                        .add("password", "Member-Pass-" + tag).build());
        assertEquals(400, api.status(), api::toString);
        assertEquals("username", api.object().getJsonArray("errors").getJsonObject(0)
                .getString("field"), api::toString);
    }

    @Test
    void anAdministratorCannotGiveAnotherAccountAnAddressInUseInAnotherCase() {
        Member owner = AccountForms.member();
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Node.Reply api = Node.post("/api/admin/accounts", Node.Caller.ADMIN,
                Json.createObjectBuilder().add("username", "second-" + tag)
                        .add("email", owner.email().toUpperCase(Locale.ROOT))
                        .add("roles", Json.createArrayBuilder().add("member"))
                        .add("password", "Member-Pass-" + tag).build());

        assertEquals(400, api.status(), api::toString);
        assertEquals("email", api.object().getJsonArray("errors").getJsonObject(0)
                .getString("field"), api::toString);
    }

    private static String toFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }
}
