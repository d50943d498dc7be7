package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Node;

/** The per-type sharing defaults are stored, shown again and audited. */
class SharingPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @Test
    void aTypeDefaultIsSwitchedSavedAndAudited() {
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin().open("/admin/sharing.xhtml");
            By jobs = By.cssSelector(".share-JOB_OFFER");
            boolean before = browser.find(jobs).getAttribute("class").contains("ui-toggleswitch-checked");
            browser.click(jobs);
            browser.click(By.id("sharing:save"));
            browser.awaitAjax();
            browser.open("/admin/sharing.xhtml");
            boolean after = browser.find(jobs).getAttribute("class").contains("ui-toggleswitch-checked");
            assertTrue(before != after, "the switched default is kept");

            browser.open("/admin/audit.xhtml");
            String log = browser.find(By.id("audit:log")).getText();
            assertTrue(log.contains("network sharing defaults") && log.contains("JOB_OFFER"), log);

            browser.open("/admin/sharing.xhtml").click(jobs).click(By.id("sharing:save"));
            browser.awaitAjax();
        }
    }
}
