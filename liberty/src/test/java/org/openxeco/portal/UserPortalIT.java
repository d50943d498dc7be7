package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The users screen in a browser: an administrator creates a member assigned to an entity;
 * the member may open their account but not the admin portal, and is signed out on the
 * next request once deactivated.
 */
class UserPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    /** The name of a demo entity, or of one made for the test when the node has none. */
    static String someEntity() {
        Reply list = Node.get("/api/entities?size=1&sort=name", Caller.ADMIN);
        assertEquals(200, list.status(), list::toString);
        var items = list.object().getJsonArray("items");
        if (!items.isEmpty()) {
            return items.getJsonObject(0).getString("name");
        }
        String name = "Portal member entity " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", name).add("kind", "company").build());
        assertEquals(201, created.status(), created::toString);
        return name;
    }

    @Test
    void memberIsCreatedRefusedAtAdminAndSignedOutWhenDeactivated() {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        String entity = someEntity();
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            try {
                steps(admin, member, username, entity);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(admin, "users-failure-admin");
                TaxonomyPortalIT.keepEvidence(member, "users-failure-member");
                throw failure;
            }
        }
    }

    static void steps(Browser admin, Browser member, String username, String entity) {
        admin.signInAsAdmin().open("/admin/users.xhtml");
        admin.click(By.id("users:new-user")).awaitAjax();
        admin.type(By.id("user-form:username"), username)
                .type(By.id("user-form:displayName"), "Portal Member")
                .type(By.id("user-form:email"), username + "@example.org");
        admin.type(By.id("user-form:entities_input"), entity);
        By firstChoice = By.cssSelector("[id='user-form:entities_panel'] li.ui-autocomplete-item");
        String chosen = admin.find(firstChoice).getAttribute("data-item-label");
        admin.click(firstChoice).awaitAjax();
        admin.type(By.id("user-form:password"), "short").click(By.id("user-form:save"))
                .awaitAjax();
        admin.waitFor(d -> admin.find(By.id("user-form")).getText().contains("12 characters"));
        admin.click(By.id("user-form:suggest")).awaitAjax();
        String password = admin.find(By.id("suggested")).getText().strip();
        assertTrue(password.length() >= 12, password);
        admin.click(By.id("user-form:save")).awaitAjax();
        admin.waitFor(d -> admin.text().contains("User " + username + " created."));

        member.signIn(username, password);
        member.open("/admin/");
        assertTrue(member.text().contains("Not allowed"), member::text);
        member.open("/account/");
        assertTrue(member.text().contains("My account"), member::text);

        showOnly(admin, username);
        admin.click(By.id("users:list:0:edit")).awaitAjax();
        assertTrue(admin.find(By.id("user-form:entities")).getText().contains(chosen),
                () -> admin.find(By.id("user-form:entities")).getText());
        admin.click(By.cssSelector("#user-form\\:active .ui-chkbox-box"));
        admin.click(By.id("user-form:save")).awaitAjax();
        admin.waitFor(d -> admin.find(By.id("users:list")).getText().contains("Inactive"));
        admin.screenshot("users");

        member.open("/account/");
        assertFalse(member.text().contains("My account"), member::text);
        assertTrue(member.driver().getCurrentUrl().contains("login")
                || member.text().contains("Sign in"), member::text);
    }

    /** Filters the user list down to one user name. */
    static void showOnly(Browser admin, String username) {
        admin.type(By.id("users:search"), username).click(By.id("users:apply")).awaitAjax();
        admin.waitFor(d -> admin.findAll(By.cssSelector("#users\\:list_data > tr")).size() == 1
                && admin.find(By.id("users:list")).getText().contains(username));
    }
}
