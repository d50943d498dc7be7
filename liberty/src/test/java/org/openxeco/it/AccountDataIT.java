package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openxeco.it.AccountForms.Member;
import org.openxeco.it.Node.Reply;

/**
 * A member's own data: the profile they keep and may show to anyone, the JSON export of
 * everything held about them without secrets, and deleting the account for good.
 */
class AccountDataIT extends AccountTest {

    @Test
    void theExportHoldsProfileAndPreferencesButNoHashOrToken() {
        Member member = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());
        saveProfile(session, "Data steward", true);
        AccountForms.forgot(member.email());
        String token = AccountForms.link(member.email(), "/password/reset")
                .replaceFirst(".*token=", "");

        PortalSession.Page export = session.get("/account/export");

        assertEquals(200, export.status());
        assertTrue(export.raw().headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"));
        assertTrue(export.raw().headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment"));
        JsonObject data = Node.parse(export.body()).asJsonObject();
        assertEquals(member.username(), data.getJsonObject("account").getString("username"));
        assertEquals(member.email(), data.getJsonObject("account").getString("email"));
        assertEquals("Data steward", data.getJsonObject("profile").getString("jobTitle"));
        assertTrue(data.getJsonObject("profile").getBoolean("public"));
        assertTrue(data.containsKey("preferences") && data.containsKey("entities"));
        assertFalse(export.body().contains("PBKDF2"), export.body());
        assertFalse(export.body().contains(token), "no mailed token in the export");
        assertFalse(export.body().toLowerCase().contains("hash"), export.body());
    }

    @Test
    void aPublicProfileIsOpenToVisitorsAndAPrivateOneIsNotFound() {
        Member member = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());
        saveProfile(session, "Cluster manager", true);
        String id = Node.parse(session.get("/account/export").body()).asJsonObject()
                .getJsonObject("account").getString("id");

        PortalSession.Page visible = new PortalSession().get("/profile.xhtml?id=" + id);
        assertEquals(200, visible.status());
        assertTrue(visible.body().contains("Cluster manager"), visible::body);
        assertTrue(visible.body().contains("&lt;b&gt;plain&lt;/b&gt;"), "bio shown as text");
        assertFalse(visible.body().contains(member.email()), "the address is never shown");

        saveProfile(session, "Cluster manager", false);
        assertEquals(404, new PortalSession().get("/profile.xhtml?id=" + id).status());
        assertEquals(404, new PortalSession().get("/profile.xhtml?id=nonsense").status());
    }

    @Test
    void deletingNeedsThePasswordThenSignsOutAndTheAccountCannotSignIn() {
        Member member = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());

        PortalSession.Page refused = AccountForms.submit(session, "/account/delete.xhtml",
                "delete", "submit", Map.of("currentPassword", "not-my-password"));
        assertTrue(refused.body().contains("The password is wrong"), refused::body);
        assertEquals(200, session.get("/account/index.xhtml").status(), "still signed in");

        PortalSession.Page deleted = AccountForms.submit(session, "/account/delete.xhtml",
                "delete", "submit", Map.of("currentPassword", member.password()));
        assertEquals(302, deleted.status(), deleted::body);
        assertTrue(deleted.location().contains("/login.xhtml?deleted=true"));
        assertEquals(302, session.get("/account/index.xhtml").status(), "signed out");
        assertEquals(200, new PortalSession().signIn(member.username(), member.password())
                .status(), "a deleted account cannot sign in");
        Reply list = Node.get("/api/admin/accounts?q=" + member.username(), Node.Caller.ADMIN);
        assertEquals(0, list.object().getJsonArray("items").size(), list::toString);
    }

    @Test
    void aProfileWithoutDisplayNameCannotBeMadePublic() {
        Member member = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());

        PortalSession.Page refused = AccountForms.submit(session, "/account/profile.xhtml",
                "profile", "save", Map.of("displayName", " ", "jobTitle", "Analyst",
                        "visible_input", "on"));

        assertTrue(refused.body().contains("A public profile needs a display name"),
                refused::body);
        String id = Node.parse(session.get("/account/export").body()).asJsonObject()
                .getJsonObject("account").getString("id");
        PortalSession.Page page = new PortalSession().get("/profile.xhtml?id=" + id);
        assertEquals(404, page.status(), "nothing was made public");
        assertFalse(page.body().contains(member.username()), page::body);
    }

    @Test
    void repeatedWrongPasswordsLockDeletionEvenWithTheRightPasswordAfterwards() {
        Member member = AccountForms.member();
        PortalSession session = new PortalSession();
        session.signIn(member.username(), member.password());
        for (int i = 0; i < 5; i++) {
            PortalSession.Page refused = AccountForms.submit(session, "/account/delete.xhtml",
                    "delete", "submit", Map.of("currentPassword", "wrong-" + i));
            assertTrue(refused.body().contains("The password is wrong"), refused::body);
        }

        PortalSession.Page locked = AccountForms.submit(session, "/account/delete.xhtml",
                "delete", "submit", Map.of("currentPassword", member.password()));

        assertTrue(AccountForms.said(locked).contains("Too many wrong passwords"),
                locked::body);
        Reply list = Node.get("/api/admin/accounts?q=" + member.username(), Node.Caller.ADMIN);
        assertEquals(1, list.object().getJsonArray("items").size(), "not deleted");
        assertEquals(200, new PortalSession().signIn(member.username(), member.password())
                .status(), "signing in is refused while locked");
    }

    private static void saveProfile(PortalSession session, String jobTitle, boolean visible) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("displayName", "Ada M.",
                "jobTitle", jobTitle, "bio", "I like <b>plain</b> text.\n\nSecond part."));
        if (visible) {
            fields.put("visible_input", "on");
        }
        PortalSession.Page saved = AccountForms.submit(session, "/account/profile.xhtml",
                "profile", "save", fields);
        assertTrue(AccountForms.said(saved).contains("Your profile was saved"), saved::body);
    }
}
