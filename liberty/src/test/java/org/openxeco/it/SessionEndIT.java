package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openxeco.it.AccountForms.Member;

/**
 * Sessions of a member account over HTTP: a password change ends the person's other
 * sessions but not the one it was made in, a reset by mailed link ends every session, and
 * a deleted account's session does not come back for a new account of the same user name.
 */
class SessionEndIT extends AccountTest {

    private static final String PAGE = "/account/index.xhtml";

    @Test
    void aPasswordChangeEndsTheOtherSessionsButKeepsItsOwn() {
        Member member = AccountForms.member();
        PortalSession other = signedIn(member.username(), member.password());
        PortalSession own = signedIn(member.username(), member.password());
        String chosen = "Changed-Password-" + UUID.randomUUID().toString().substring(0, 6);

        PortalSession.Page changed = AccountForms.submit(own, PAGE, "password",
                "change-password", Map.of("currentPassword", member.password(),
                        "newPassword", chosen, "repeatPassword", chosen));

        assertEquals(200, changed.status(), changed::body);
        assertEquals(200, own.get(PAGE).status(), "the session that changed it goes on");
        assertEquals(302, other.get(PAGE).status(), "the other session is ended");
    }

    @Test
    void aResetByMailedLinkEndsTheSessionsMadeBefore() {
        Member member = AccountForms.member();
        PortalSession before = signedIn(member.username(), member.password());
        AccountForms.forgot(member.email());
        String link = AccountForms.path(AccountForms.link(member.email(),
                "/password/reset.xhtml?token="));
        String chosen = "Reset-Password-" + UUID.randomUUID().toString().substring(0, 6);

        PortalSession.Page done = AccountForms.submit(new PortalSession(), link, "reset",
                "submit", Map.of("password", chosen, "repeatPassword", chosen));

        assertTrue(AccountForms.said(done).contains("Your password was changed"), done::body);
        assertEquals(302, before.get(PAGE).status(), "the session from before is ended");
        assertEquals(200, signedIn(member.username(), chosen).get(PAGE).status());
    }

    @Test
    void aDeletedAccountsSessionDoesNotComeBackForANewAccountOfTheSameName() {
        Member member = AccountForms.member();
        PortalSession old = signedIn(member.username(), member.password());
        PortalSession.Page deleted = AccountForms.submit(signedIn(member.username(),
                member.password()), "/account/delete.xhtml", "delete", "submit",
                Map.of("currentPassword", member.password()));
        assertEquals(302, deleted.status(), deleted::body);

        String email = "again-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SignUpIT.signUp(member.username(), email);
        AccountForms.submit(new PortalSession(), AccountForms.path(AccountForms.link(email,
                "/verify.xhtml?token=")), "verify", "confirm", Map.of());
        assertEquals(302, new PortalSession().signIn(member.username(), SignUpIT.PASSWORD)
                .status(), "the new account signs in");

        assertEquals(302, old.get(PAGE).status(), "the old session stays ended");
    }

    private static PortalSession signedIn(String username, String password) {
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(username, password).status());
        return session;
    }
}
