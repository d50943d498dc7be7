package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * Every admin page and admin API call, tried by a visitor, a member and an administrator;
 * the sign-in refusal, account lock and session headers of the portal.
 */
class PortalAuthorisationIT extends ApiTest {

    /** Every page of the admin portal. */
    static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/index.xhtml",
            "/admin/audit.xhtml", "/admin/articles.xhtml", "/admin/article.xhtml",
            "/admin/article.xhtml?type=EVENT", "/admin/sharing.xhtml", "/admin/entities.xhtml",
            "/admin/entity.xhtml", "/admin/taxonomies.xhtml", "/admin/users.xhtml",
            "/admin/bundled-taxonomies.xhtml",
            "/admin/entities.csv?q=Luxem", "/admin/articles.csv?type=EVENT",
            "/admin/network/peers.xhtml",
            "/admin/network/add-peer.xhtml", "/admin/network/node.xhtml",
            "/admin/network/peer.xhtml", "/admin/feeds.xhtml", "/admin/forms/",
            "/admin/forms/index.xhtml");

    static final String MEMBER_PASSWORD = "member-Pass-" + System.nanoTime();
    static String member;
    static Caller memberApi;

    @BeforeAll
    static void createMember() {
        member = uniqueCode("member");
        Reply created = Node.post("/api/admin/accounts", ADMIN, object()
                .add("username", member).add("displayName", "IT Member")
                .add("roles", array("member")).add("password", MEMBER_PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        memberApi = Caller.basic(member, MEMBER_PASSWORD);
    }

    @Test
    void visitorsAreSentToSignInFromEveryAdminPage() {
        for (String page : ADMIN_PAGES) {
            PortalSession.Page answer = new PortalSession().get(page);
            assertEquals(302, answer.status(), page);
            assertTrue(answer.location().contains("/login.xhtml?next="), page);
        }
    }

    @Test
    void membersAreRefusedEveryAdminPageButOpenTheirAccount() {
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(member, MEMBER_PASSWORD).status());
        for (String page : ADMIN_PAGES) {
            PortalSession.Page answer = session.get(page);
            assertEquals(403, answer.status(), page);
            assertTrue(answer.body().contains("Your account may not open this page"), page);
        }
        assertEquals(200, session.get("/account/").status());
    }

    @Test
    void administratorsOpenEveryAdminPage() {
        PortalSession session = new PortalSession();
        PortalSession.Page signedIn = session.signIn(Node.ADMIN_USER, Node.ADMIN_PASSWORD);
        assertEquals(302, signedIn.status(), signedIn::toString);
        assertTrue(signedIn.location().endsWith("/admin/"), signedIn.location());
        for (String page : ADMIN_PAGES) {
            assertEquals(200, session.get(page).status(), page);
        }
    }

    @Test
    void adminApiCallsNeedTheAdministrator() {
        for (String path : List.of("/api/admin/accounts", "/api/admin/demo-data")) {
            assertEquals(401, Node.get(path, ANONYMOUS).status(), path);
            assertEquals(403, Node.get(path, memberApi).status(), path);
            assertEquals(200, Node.get(path, ADMIN).status(), path);
        }
        Reply write = Node.post("/api/entities", memberApi,
                object().add("name", unique("IT member write")).build());
        assertEquals(403, write.status(), write::toString);
        Reply account = Node.post("/api/admin/accounts", memberApi, object()
                .add("username", uniqueCode("sneaky")).add("roles", array("admin"))
                .add("password", MEMBER_PASSWORD).build());
        assertEquals(403, account.status(), account::toString);
    }

    /**
     * Every write and administration call of the API, tried by a visitor (401) and a member
     * (403), with bodies an administrator could send; nothing may change.
     */
    @Test
    void everyAdminApiCallRefusesVisitorsAndMembers() {
        String entity = first("/api/entities?size=1");
        String article = first("/api/articles?size=1");
        String taxonomy = first("/api/taxonomies");
        String value = Node.get("/api/taxonomies/" + taxonomy + "/values", ADMIN).json()
                .asJsonArray().getJsonObject(0).getString("id");
        String account = Node.get("/api/admin/accounts?q=" + member, ADMIN).object()
                .getJsonArray("items").getJsonObject(0).getString("id");
        String body = object().add("name", "x").add("title", "x").add("code", "x")
                .add("version", 1).build().toString();
        List<String[]> calls = List.of(
                new String[] {"POST", "/api/entities"},
                new String[] {"PUT", "/api/entities/" + entity},
                new String[] {"DELETE", "/api/entities/" + entity},
                new String[] {"POST", "/api/articles"},
                new String[] {"PUT", "/api/articles/" + article},
                new String[] {"DELETE", "/api/articles/" + article},
                new String[] {"POST", "/api/taxonomies"},
                new String[] {"PUT", "/api/taxonomies/" + taxonomy},
                new String[] {"DELETE", "/api/taxonomies/" + taxonomy},
                new String[] {"POST", "/api/taxonomies/" + taxonomy + "/values"},
                new String[] {"PUT", "/api/taxonomies/" + taxonomy + "/values/" + value},
                new String[] {"DELETE", "/api/taxonomies/" + taxonomy + "/values/" + value},
                new String[] {"GET", "/api/admin/accounts"},
                new String[] {"POST", "/api/admin/accounts"},
                new String[] {"GET", "/api/admin/accounts/" + account},
                new String[] {"PUT", "/api/admin/accounts/" + account},
                new String[] {"POST", "/api/admin/accounts/" + account + "/password"},
                new String[] {"GET", "/api/admin/demo-data"},
                new String[] {"POST", "/api/admin/demo-data"});
        long entitiesBefore = total("/api/entities?size=1", ADMIN);
        for (String[] call : calls) {
            for (Caller caller : List.of(ANONYMOUS, memberApi)) {
                Reply reply = Node.sendBody(call[1], call[0], caller, "application/json",
                        java.net.http.HttpRequest.BodyPublishers.ofString(body), "\"1\"");
                int expected = caller == ANONYMOUS ? 401 : 403;
                assertEquals(expected, reply.status(), () -> call[0] + " " + call[1] + " as "
                        + (caller == ANONYMOUS ? "visitor" : "member") + ": " + reply);
            }
        }
        assertEquals(entitiesBefore, total("/api/entities?size=1", ADMIN));
        assertEquals(200, Node.get("/api/entities/" + entity).status(), "still there");
    }

    private static String first(String list) {
        Reply reply = Node.get(list, ADMIN);
        var json = reply.json();
        var items = json.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY
                ? json.asJsonArray() : json.asJsonObject().getJsonArray("items");
        return items.getJsonObject(0).getString("id");
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        String wrong = new PortalSession().signIn(member, "not-the-password-1").body();
        String unknown = new PortalSession().signIn("nobody-" + System.nanoTime(),
                "not-the-password-1").body();
        assertTrue(wrong.contains("The user name or password is wrong"));
        assertTrue(unknown.contains("The user name or password is wrong"));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorResetsIt() {
        String name = uniqueCode("locked");
        Reply created = Node.post("/api/admin/accounts", ADMIN, object().add("username", name)
                .add("roles", array("member")).add("password", MEMBER_PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        for (int i = 0; i < 5; i++) {
            new PortalSession().signIn(name, "wrong-password-" + i);
        }
        assertEquals(200, new PortalSession().signIn(name, MEMBER_PASSWORD).status(),
                "the right password is refused while the account is locked");

        String id = created.object().getString("id");
        Reply reset = Node.post("/api/admin/accounts/" + id + "/password", ADMIN,
                object().add("password", MEMBER_PASSWORD + "-new").build());
        assertEquals(204, reset.status(), reset::toString);
        assertEquals(302, new PortalSession().signIn(name, MEMBER_PASSWORD + "-new").status());
    }

    @Test
    void weakPasswordsAreRefusedWithTheField() {
        Reply weak = Node.post("/api/admin/accounts", ADMIN, object()
                .add("username", uniqueCode("weak")).add("roles", array("member"))
                .add("password", "short").build());
        assertEquals(400, weak.status(), weak::toString);
        assertTrue(weak.body().contains("\"password\""), weak::toString);
    }

    @Test
    void portalPagesCarryTheSecurityHeadersAndASecureSessionCookie() {
        PortalSession.Page page = new PortalSession().get("/login.xhtml");
        List<String> policies = page.raw().headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                policies::toString);
        assertTrue(policies.stream().anyMatch(p -> p.contains("'nonce-")), policies::toString);
        assertEquals("nosniff", page.raw().headers().firstValue("X-Content-Type-Options")
                .orElse(""));
        assertEquals("strict-origin-when-cross-origin",
                page.raw().headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        // Attribute names are case-insensitive (RFC 6265): servers spell them differently.
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; secure") && attributes.contains("; httponly"), cookie);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() {
        PortalSession session = new PortalSession();
        session.signIn(member, MEMBER_PASSWORD);
        PortalSession.Page page = session.get("/account/");
        PortalSession.Page forged = session.post("/account/index.xhtml", "", Map.of(
                "password_SUBMIT", "1", "jakarta.faces.ViewState", "forged",
                "password:currentPassword", MEMBER_PASSWORD,
                "password:newPassword", "hijacked-Password-1",
                "password:repeatPassword", "hijacked-Password-1",
                "password:change-password", ""));
        assertFalse(forged.status() == 200 && forged.body().contains("was changed"));
        assertEquals(200, page.status());
        assertEquals(302, new PortalSession().signIn(member, MEMBER_PASSWORD).status(),
                "the password is unchanged");
    }

    @Test
    void aFormPostedWithoutItsPagesNonceDoesNothingAndSaysSo() {
        AccountForms.Member owner = AccountForms.member();
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(owner.username(), owner.password()).status());
        PortalSession.Page page = session.get("/account/index.xhtml");
        String chosen = "Never-Set-Password-" + UUID.randomUUID().toString().substring(0, 6);

        // The page's own view state, but not the nonce its script adds to each form.
        PortalSession.Page posted = session.post("/account/index.xhtml", page.body(), Map.of(
                "password_SUBMIT", "1", "primefaces.nonce", "",
                "password:currentPassword", owner.password(), "password:newPassword", chosen,
                "password:repeatPassword", chosen, "password:change-password", ""));

        assertEquals(302, posted.status(), posted::body);
        assertTrue(posted.location().endsWith("/account/index.xhtml"), posted::location);
        PortalSession.Page shown = session.get("/account/index.xhtml");
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains("so nothing was done"), shown::body);
        assertEquals(1, shown.body().split("so nothing was done", -1).length - 1,
                "said once");
        assertEquals(302, new PortalSession().signIn(owner.username(), owner.password())
                .status(), "the password is unchanged");
        assertEquals(200, new PortalSession().signIn(owner.username(), chosen).status());
    }

    @Test
    void aFormPostedWithoutAnyPageStateIsIgnoredAndSaysSo() {
        AccountForms.Member owner = AccountForms.member();
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(owner.username(), owner.password()).status());
        String chosen = "Never-Set-Password-" + UUID.randomUUID().toString().substring(0, 6);

        PortalSession.Page posted = session.postExactly("/account/index.xhtml", Map.of(
                "password_SUBMIT", "1", "password:currentPassword", owner.password(),
                "password:newPassword", chosen,
                "password:repeatPassword", chosen, "password:change-password", ""));

        assertEquals(200, posted.status(), posted::body);
        assertTrue(posted.body().contains("so nothing was done"), posted::body);
        assertEquals(302, new PortalSession().signIn(owner.username(), owner.password())
                .status(), "the password is unchanged");
    }
}
