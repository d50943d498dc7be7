package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * Browsing an active peer (the PostgreSQL node, seen from the H2 node): entities page by
 * page with the cursor and back to the first page, a text filter, events among the
 * articles, a tag filter taken from a row, and the taxonomies. The handshake is set up and
 * revoked through the admin API.
 */
class PeerBrowsePortalIT {

    static final String HERE = NetworkPortalIT.HERE;
    static final String THERE = NetworkPortalIT.THERE;
    static final By ROWS = By.cssSelector("#browse\\:items_data > tr:not(.ui-datatable-empty-message)");

    @BeforeAll
    static void nodesHaveStarted() {
        assumeTrue(System.getProperty("it.base.url") != null && !THERE.isEmpty(),
                "no pair of test nodes in this run");
        Node.awaitStarted();
        PeerScreens.awaitStarted(THERE);
    }

    @Test
    void anActivePeerIsBrowsedPageByPageAndFiltered() {
        String peer = PeerScreens.activeHandshake(HERE, THERE);
        try (Browser here = Browser.desktop()) {
            try {
                here.signInAsAdmin().open("/admin/network/peer.xhtml?id=" + peer);
                pages(here);
                filters(here);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(here, "network-browse-failure");
                throw failure;
            }
        } finally {
            PeerScreens.revoke(HERE, peer);
        }
    }

    static void pages(Browser here) {
        assertEquals(THERE, here.find(By.id("peer-url")).getText().strip());
        here.waitFor(d -> here.findAll(ROWS).size() == 25);
        assertTrue(here.find(By.id("page")).getText().contains("Page 1"));
        assertFalse(here.find(By.id("browse:first")).isEnabled(), "no way back from page 1");
        String first = firstName(here);
        here.screenshot("network-browse");
        String matches = here.find(By.id("browse:matches")).getText();
        assertTrue(matches.matches("\\(([\\d,]+) matching in all\\)") && Integer.parseInt(
                matches.replaceAll("\\D", "")) > 25, matches);

        here.click(By.id("browse:next")).awaitAjax();
        here.waitFor(d -> here.find(By.id("page")).getText().contains("Page 2"));
        assertNotEquals(first, firstName(here));
        here.click(By.id("browse:first")).awaitAjax();
        here.waitFor(d -> here.find(By.id("page")).getText().contains("Page 1"));
        assertEquals(first, firstName(here));
        assertTrue(here.findAll(By.cssSelector(".item-imported")).isEmpty(),
                "nothing of the peer was imported here");

        here.type(By.id("browse:text"), first).click(By.id("browse:search")).awaitAjax();
        here.waitFor(d -> !here.findAll(ROWS).isEmpty() && here.findAll(ROWS).stream()
                .allMatch(row -> row.findElement(By.cssSelector(".item-name")).getText()
                        .toLowerCase(Locale.ROOT).contains(first.toLowerCase(Locale.ROOT))));
        here.type(By.id("browse:text"), " ").click(By.id("browse:search")).awaitAjax();
        here.waitFor(d -> here.findAll(ROWS).size() == 25);
    }

    static void filters(Browser here) {
        here.type(By.id("browse:tag"), "no uri").click(By.id("browse:search")).awaitAjax();
        here.waitFor(d -> here.find(By.id("browse")).getText()
                .contains("Type the full URI of a taxonomy value"));
        here.type(By.id("browse:tag"), " ").click(By.id("browse:search")).awaitAjax();

        WebElement tag = here.waitFor(d -> here.findAll(By.cssSelector(".item-tags .tag"))
                .stream().findFirst().orElse(null));
        String uri = tag.getAttribute("title");
        tag.click();
        here.awaitAjax();
        here.waitFor(d -> uri.equals(here.find(By.id("browse:tag")).getAttribute("value"))
                && !here.findAll(ROWS).isEmpty());
        here.type(By.id("browse:tag"), " ");

        chooseKind(here, "Articles");
        here.click(By.id("browse:type"));
        here.click(By.cssSelector("#browse\\:type_items li[data-label='Events']"));
        here.click(By.id("browse:search")).awaitAjax();
        here.waitFor(d -> !here.findAll(ROWS).isEmpty() && types(here).stream()
                .allMatch("Event"::equals));

        chooseKind(here, "Taxonomies");
        here.waitFor(d -> !here.findAll(ROWS).isEmpty() && types(here).stream()
                .allMatch("Taxonomy"::equals));
    }

    static void chooseKind(Browser here, String label) {
        here.click(By.xpath("//div[@id='browse:kind']//div[contains(@class,'ui-button')]"
                + "[.//span[text()='" + label + "']]")).awaitAjax();
    }

    static String firstName(Browser here) {
        return here.findAll(ROWS).get(0).findElement(By.cssSelector(".item-name")).getText()
                .strip();
    }

    static List<String> types(Browser here) {
        return here.findAll(ROWS).stream().map(row -> row.findElement(
                By.cssSelector("td.item-type")).getText().strip()).toList();
    }
}
