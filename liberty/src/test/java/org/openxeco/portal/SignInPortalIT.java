package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Node;

/** Signing in and out, the dashboard, switching language, and a refused sign-in. */
class SignInPortalIT {

    static final String MEMBER_PASSWORD = "member-Pass-" + System.nanoTime();
    static String member;

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
        member = "portal-member-" + Long.toString(System.nanoTime(), 36);
        Node.Reply created = Node.post("/api/admin/accounts", Node.Caller.ADMIN,
                jakarta.json.Json.createObjectBuilder().add("username", member)
                        .add("roles", jakarta.json.Json.createArrayBuilder().add("member"))
                        .add("password", MEMBER_PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
    }

    @Test
    void anAdministratorSignsInSeesTheDashboardAndSignsOut() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/admin/audit.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"),
                    "a protected page sends visitors to sign in");

            browser.submitSignIn(Node.ADMIN_USER, Node.ADMIN_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/audit.xhtml"),
                    () -> "back to the page asked for: " + browser.driver().getCurrentUrl());

            browser.open("/admin/");
            assertEquals("Dashboard", browser.find(By.tagName("h1")).getText());
            String entities = browser.find(By.cssSelector("[data-type=ENTITY] .count")).getText();
            assertTrue(Long.parseLong(entities) >= 10_000, "demo entities are counted");
            browser.screenshot("dashboard");

            browser.click(By.id("sign-out-form:sign-out"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/login.xhtml"));
            browser.open("/admin/");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"),
                    "signed out: the admin portal asks to sign in again");
        }
    }

    @Test
    void theLanguageSwitchTranslatesThePageAndIsKeptForTheNextSession() {
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/");
            browser.click(By.cssSelector("a.lang-fr"));
            browser.waitFor(d -> "Tableau de bord".equals(
                    d.findElement(By.tagName("h1")).getText()));
            browser.click(By.id("sign-out-form:sign-out"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/login.xhtml"));
            browser.signInAsAdmin().open("/admin/");
            browser.waitFor(d -> "Tableau de bord".equals(
                    d.findElement(By.tagName("h1")).getText()));
            browser.click(By.cssSelector("a.lang-de"));
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Übersicht"));
            browser.click(By.cssSelector("a.lang-en"));
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Dashboard"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheSameMessageAsAnUnknownAccount() {
        try (Browser browser = Browser.desktop()) {
            browser.signIn(member, "certainly-not-the-password");
            String refusal = browser.find(By.cssSelector(".ui-messages-error")).getText();
            browser.signIn("nobody-" + System.nanoTime(), "certainly-not-the-password");
            assertEquals(refusal, browser.find(By.cssSelector(".ui-messages-error")).getText());
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
            browser.screenshot("sign-in-refused");
        }
    }

    @Test
    void aMemberIsRefusedTheAdminPortal() {
        try (Browser browser = Browser.desktop()) {
            browser.signIn(member, MEMBER_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/account/"),
                    () -> "members land on their account: " + browser.driver().getCurrentUrl());
            browser.open("/admin/");
            assertEquals("Not allowed", browser.find(By.tagName("h1")).getText());
            assertTrue(browser.findAll(By.id("nav-entities")).isEmpty(),
                    "members see no admin navigation");
            browser.screenshot("member-refused");
        }
    }

    @Test
    void thePortalWorksOnAPhoneSizedScreen() {
        try (Browser browser = Browser.phone()) {
            browser.signInAsAdmin().open("/admin/");
            assertEquals("Dashboard", browser.find(By.tagName("h1")).getText());
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth"
                            + " > document.documentElement.clientWidth + 1;");
            assertEquals(Boolean.FALSE, overflow, "no sideways scrolling on a phone");
            browser.screenshot("dashboard-phone");
        }
    }
}
