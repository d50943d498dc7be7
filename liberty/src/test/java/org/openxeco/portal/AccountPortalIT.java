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
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;

/**
 * Self-service accounts in a browser, with a real mail server: sign up, get the mail,
 * follow its link, sign in and keep a profile; an unconfirmed account cannot sign in.
 * Takes the screenshots of sign-up and profile at desktop and phone size.
 */
class AccountPortalIT {

    private static final String PASSWORD = "Browser-Member-Pass-7";
    private static final String NOT_SET = "not set (use the browser\u2019s zone)";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Mailbox.start();
        Node.awaitStarted();
    }

    @Test
    void signUpConfirmSignInAndKeepTheProfile() {
        String name = "web-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        try (Browser browser = Browser.desktop()) {
            try {
                steps(browser, name, email);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(browser, "account-failure");
                throw failure;
            }
        }
    }

    private static void steps(Browser browser, String name, String email) {
        browser.open("/");
        browser.click(By.id("nav-sign-up"));
        browser.find(By.id("sign-up:username"));
        browser.type(By.id("sign-up:username"), name).type(By.id("sign-up:email"), email)
                .type(By.id("sign-up:displayName"), "Ada Browser")
                .type(By.id("sign-up:password"), PASSWORD)
                .type(By.id("sign-up:repeatPassword"), PASSWORD);
        top(browser);
        browser.screenshot("account-sign-up");
        browser.click(By.id("sign-up:submit"));
        assertTrue(browser.find(By.id("sent")).getText().contains("Check your mailbox"));

        browser.signIn(name, PASSWORD);
        browser.find(By.id("unverified"));
        assertTrue(browser.text().contains("not confirmed yet"), browser::text);

        String link = Mailbox.link(Mailbox.latest(email), "/verify.xhtml?token=")
                .orElseThrow();
        browser.driver().get(link);
        browser.click(By.id("verify:confirm"));
        assertTrue(browser.find(By.id("verified")).getText().contains("confirmed"));

        browser.signIn(name, PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().contains("/account/"));
        browser.click(By.id("tab-profile"));
        browser.type(By.id("profile:jobTitle"), "Innovation manager")
                .type(By.id("profile:bio"), "Works on <b>cyber</b> resilience.");
        browser.click(By.cssSelector("[id='profile:visible'] .ui-chkbox-box"));
        browser.click(By.id("profile:save"));
        browser.waitFor(d -> browser.text().contains("Your profile was saved"));

        browser.open("/account/profile.xhtml");
        assertEquals("Innovation manager",
                browser.find(By.id("profile:jobTitle")).getAttribute("value"));
        assertEquals("Works on <b>cyber</b> resilience.",
                browser.find(By.id("profile:bio")).getAttribute("value"));
        browser.screenshot("account-profile");

        browser.click(By.id("profile:public-link"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/profile.xhtml?id="));
        assertTrue(browser.find(By.id("bio")).getText().contains("<b>cyber</b>"));
        assertTrue(browser.text().contains("Ada Browser"));
    }

    @Test
    void signUpAndProfileFitAPhone() {
        String name = "phone-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser phone = Browser.phone()) {
            phone.open("/sign-up.xhtml");
            phone.type(By.id("sign-up:username"), name)
                    .type(By.id("sign-up:email"), name + "@example.org");
            assertFalse(scrollsSideways(phone), "the sign-up page fits the phone");
            top(phone);
            phone.screenshot("account-sign-up-phone");
            phone.type(By.id("sign-up:displayName"), "Phone Member")
                    .type(By.id("sign-up:password"), PASSWORD)
                    .type(By.id("sign-up:repeatPassword"), PASSWORD)
                    .click(By.id("sign-up:submit"));
            phone.find(By.id("sent"));
            String link = Mailbox.link(Mailbox.latest(name + "@example.org"), "/verify.xhtml")
                    .orElseThrow();
            phone.driver().get(link);
            phone.click(By.id("verify:confirm")).find(By.id("verified"));

            phone.signIn(name, PASSWORD).open("/account/profile.xhtml");
            phone.type(By.id("profile:jobTitle"), "Researcher");
            assertFalse(scrollsSideways(phone), "the profile page fits the phone");
            phone.screenshot("account-profile-phone");
        }
    }

    @Test
    void theTimeZoneCanStayUnsetAndOneSaveSaysSoOnce() {
        String name = "zone-" + UUID.randomUUID().toString().substring(0, 8);
        Node.Reply made = Node.post("/api/admin/accounts", Node.Caller.ADMIN,
                Json.createObjectBuilder().add("username", name)
                        .add("email", name + "@example.org")
                        .add("roles", Json.createArrayBuilder().add("member"))
                        .add("password", PASSWORD).build());
        assertEquals(201, made.status(), made::toString);
        By zone = By.id("preferences:zone_label");
        try (Browser browser = Browser.desktop()) {
            browser.signIn(name, PASSWORD).open("/account/");
            assertEquals(NOT_SET, browser.find(zone).getText());

            choose(browser, "Europe/Paris");
            browser.click(By.id("preferences:save-preferences")).awaitAjax();
            browser.waitFor(d -> browser.text().contains("Preferences saved"));
            assertEquals(1, browser.text().split("Preferences saved", -1).length - 1,
                    browser::text);
            browser.open("/account/");
            assertEquals("Europe/Paris", browser.find(zone).getText());

            choose(browser, NOT_SET);
            browser.click(By.id("preferences:save-preferences")).awaitAjax();
            browser.waitFor(d -> browser.text().contains("Preferences saved"));
        }
        try (Browser again = Browser.desktop()) {
            again.signIn(name, PASSWORD).open("/account/");
            assertEquals(NOT_SET, again.find(zone).getText(), "kept as not set");
        }
    }

    /** Picks a zone the way a person does with a long list: filter it, then click. */
    private static void choose(Browser browser, String label) {
        By shown = By.id("preferences:zone_label");
        By panel = By.id("preferences:zone_panel");
        for (int attempt = 0; attempt < 3 && !label.equals(browser.find(shown).getText());
                attempt++) {
            if (!browser.driver().findElement(panel).isDisplayed()) {
                browser.click(By.id("preferences:zone"));
            }
            browser.type(By.id("preferences:zone_filter"), label.substring(0, 9));
            browser.click(By.cssSelector("#preferences\\:zone_panel li[data-label='" + label
                    + "']"));
            browser.waitFor(d -> !d.findElement(panel).isDisplayed());
        }
        assertEquals(label, browser.find(shown).getText());
    }

    /** Leaves no input focused and shows the top of the page, for a screenshot. */
    private static void top(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.activeElement.blur(); window.scrollTo(0, 0);");
    }

    private static boolean scrollsSideways(Browser browser) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth"
                        + " > document.documentElement.clientWidth + 1;"));
    }
}
