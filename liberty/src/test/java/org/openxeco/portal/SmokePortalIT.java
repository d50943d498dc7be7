package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * The few screens that show a server runs the portals at all: the administrator's sign-in,
 * one administration table and one public page. The same EAR is checked this way on every
 * application server it is tested on (Open Liberty and WildFly).
 */
class SmokePortalIT {

    static final By ROWS = By.cssSelector("#entities-form\\:entities_data > tr");

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @Test
    void theAdministratorSignsInAndFindsADemoEntityInTheEntitiesTable() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/admin/entities.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"),
                    "the table asks visitors to sign in");

            browser.submitSignIn(Node.ADMIN_USER, Node.ADMIN_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/entities.xhtml"),
                    () -> "back to the table: " + browser.driver().getCurrentUrl());

            browser.type(By.id("entities-form:search"), "Luxemburg")
                    .click(By.id("entities-form:apply")).awaitAjax();
            browser.waitFor(d -> rows(browser).stream()
                    .anyMatch(t -> t.contains("University of Luxemburg")));
            browser.screenshot("smoke-entities");
        }
    }

    @Test
    void aVisitorSearchesThePublicDirectory() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/directory?q=Luxemburg");
            List<WebElement> cards = browser.find(By.id("entities"))
                    .findElements(By.tagName("li"));
            assertTrue(cards.stream().anyMatch(c -> c.getText()
                    .contains("University of Luxemburg")), browser::text);
            assertTrue(browser.find(By.id("total")).getText().matches("(?s).*\\d.*"),
                    "the number of entities found is shown");
            browser.screenshot("smoke-directory");
        }
    }

    private static List<String> rows(Browser browser) {
        return browser.findAll(ROWS).stream().map(WebElement::getText).toList();
    }
}
