package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openxeco.it.AccountForms.Member;

/**
 * Changing one's e-mail address: the new address gets a link and is used only once the
 * link is followed, the former address is then told, and an address in use by another
 * account gets the same answer while its owner is warned.
 */
class EmailChangeIT extends AccountTest {

    @Test
    void theNewAddressIsUsedOnlyOnceItsLinkIsFollowedAndTheFormerOneIsTold() {
        Member member = AccountForms.member();
        String newer = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(member.username(), member.password()).status());

        PortalSession.Page asked = AccountForms.submit(session, "/account/index.xhtml", "email",
                "change-email", Map.of("email", newer, "currentPassword", member.password()));
        assertTrue(AccountForms.said(asked).contains("We sent a link to " + newer),
                asked::body);
        assertEquals(1, AccountForms.said(asked).split("We sent a link to", -1).length - 1,
                "said once, next to the form that was sent: " + AccountForms.said(asked));
        String link = AccountForms.path(AccountForms.link(newer, "/confirm-email.xhtml?token="));

        AccountForms.forgot(member.email());
        Mailbox.await(member.email(), 1, Duration.ofSeconds(20));
        AccountForms.forgot(newer);
        AccountForms.settle();
        assertEquals(1, Mailbox.to(newer).size(), "resets still go to the former address");
        assertTrue(session.get("/account/index.xhtml").body().contains(member.email()));

        PortalSession.Page confirmed = AccountForms.submit(new PortalSession(), link, "confirm",
                "submit", Map.of());
        assertTrue(AccountForms.said(confirmed).contains("Your account now uses this address"),
                confirmed::body);
        String account = session.get("/account/index.xhtml").body();
        assertTrue(account.contains(newer), account);
        Mailbox.await(member.email(), 2, Duration.ofSeconds(20));
        assertTrue(Mailbox.subject(Mailbox.latest(member.email())).contains("was changed"));
        assertTrue(Mailbox.text(Mailbox.latest(member.email())).contains(newer));

        PortalSession.Page again = AccountForms.submit(new PortalSession(), link, "confirm",
                "submit", Map.of());
        assertTrue(AccountForms.said(again).contains("This link was used already"),
                again::body);
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndItsOwnerIsWarned() {
        Member member = AccountForms.member();
        Member other = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());

        PortalSession.Page asked = AccountForms.submit(session, "/account/index.xhtml", "email",
                "change-email", Map.of("email", other.email(),
                        "currentPassword", member.password()));

        assertTrue(AccountForms.said(asked).contains("We sent a link to " + other.email()),
                asked::body);
        assertTrue(Mailbox.subject(Mailbox.latest(other.email())).contains("Someone tried"));
        AccountForms.settle();
        assertEquals(1, Mailbox.to(other.email()).size());
        assertTrue(session.get("/account/index.xhtml").body().contains(member.email()));
    }

    @Test
    void aWrongPasswordChangesNothing() {
        Member member = AccountForms.member();
        String newer = "never-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());

        PortalSession.Page refused = AccountForms.submit(session, "/account/index.xhtml",
                "email", "change-email", Map.of("email", newer, "currentPassword", "wrong-one"));

        assertTrue(refused.body().contains("The password is wrong"), refused::body);
        AccountForms.settle();
        assertEquals(0, Mailbox.to(newer).size());
    }

    @Test
    void aPendingAddressIsNotShownAndBlocksNobodyFromSigningUpWithIt() {
        Member member = AccountForms.member();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String wanted = "wanted-" + tag + "@example.org";
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());
        AccountForms.submit(session, "/account/index.xhtml", "email", "change-email",
                Map.of("email", wanted, "currentPassword", member.password()));
        Mailbox.await(wanted, 1, Duration.ofSeconds(20));
        assertFalse(session.get("/account/index.xhtml").body().contains(wanted),
                "the page looks the same whatever address was asked for");

        SignUpIT.signUp("owner-" + tag, wanted);

        Mailbox.await(wanted, 2, Duration.ofSeconds(20));
        assertTrue(Mailbox.text(Mailbox.latest(wanted)).contains("owner-" + tag),
                Mailbox.text(Mailbox.latest(wanted)));
        assertTrue(Mailbox.link(Mailbox.latest(wanted), "/verify.xhtml?token=").isPresent());
    }
}
