package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * The sync screens of a peer's page (the PostgreSQL node, seen from the H2 node): rows
 * chosen in the browser are imported and the run log shows the run done, "sync now" adds a
 * run that the page follows until it ends, and removing the peer asks whether its copies
 * are kept as local objects or deleted.
 */
class SyncPortalIT {

    static final String HERE = NetworkPortalIT.HERE;
    static final String THERE = NetworkPortalIT.THERE;

    @BeforeAll
    static void nodesHaveStarted() {
        assumeTrue(System.getProperty("it.base.url") != null && !THERE.isEmpty(),
                "no pair of test nodes in this run");
        Node.awaitStarted();
        PeerScreens.awaitStarted(THERE);
    }

    @Test
    void chosenRowsAreImportedAndSyncNowAddsARunToTheLog() {
        String name = SyncScreens.unique("Imported from the browser");
        JsonObject origin = SyncScreens.entity(THERE, name, "b@b.example", "+352 1");
        String peer = PeerScreens.activeHandshake(HERE, THERE);
        try (Browser here = Browser.desktop()) {
            try {
                here.signInAsAdmin().open("/admin/network/peer.xhtml?id=" + peer);
                importChosenRow(here, name);
                syncNow(here);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(here, "sync-import-failure");
                throw failure;
            }
        } finally {
            PeerScreens.revoke(HERE, peer);
        }
        assertEquals(origin.getString("uri"), SyncScreens.copyOf(HERE, origin.getString("uri"))
                .getString("origin"), "the chosen row has a copy here");
    }

    static void importChosenRow(Browser here, String name) {
        here.type(By.id("browse:text"), name).click(By.id("browse:search")).awaitAjax();
        here.waitFor(d -> here.findAll(PeerBrowsePortalIT.ROWS).size() == 1
                && PeerBrowsePortalIT.firstName(here).equals(name));
        WebElement row = here.findAll(PeerBrowsePortalIT.ROWS).get(0);
        assertTrue(row.findElements(By.cssSelector(".item-imported")).isEmpty());
        row.findElement(By.cssSelector("td.item-choice .ui-chkbox-box")).click();
        here.click(By.id("browse:import-selected")).awaitAjax();

        here.waitFor(d -> here.find(By.id("browse:messages")).getText().contains("1 created"));
        here.find(By.id("to-run-log"));
        here.waitFor(d -> "Import".equals(SyncScreens.newestRun(here, ".run-trigger"))
                && "Done".equals(SyncScreens.newestRun(here, ".run-state"))
                && "1".equals(SyncScreens.newestRun(here, ".run-created")));
        here.waitFor(d -> !here.findAll(By.cssSelector(
                "#browse\\:items_data .item-imported")).isEmpty());
        here.screenshot("sync-imported");
    }

    static void syncNow(Browser here) {
        int before = here.findAll(SyncScreens.RUNS).size();
        here.click(By.id("sync:sync-now")).awaitAjax();
        here.waitFor(d -> here.find(By.id("sync:sync-messages")).getText()
                .contains("A sync started"));
        here.waitFor(d -> here.findAll(SyncScreens.RUNS).size() == before + 1
                && "Sync now".equals(SyncScreens.newestRun(here, ".run-trigger")));
        // The page reads the log again by itself while the run goes on.
        here.waitFor(d -> "Done".equals(SyncScreens.newestRun(here, ".run-state")));
        assertFalse(here.find(By.id("sync-last-run")).getText().equals("Never"));
        here.screenshot("sync-run-log");
    }

    @Test
    void removingAPeerDeletesItsCopiesWhenTheAdminChoosesSo() {
        JsonObject origin = SyncScreens.entity(THERE, SyncScreens.unique("Copy to delete"),
                "d@b.example", "+352 3");
        String peer = PeerScreens.activeHandshake(HERE, THERE);
        SyncScreens.importObjects(HERE, peer, origin.getString("uri"));
        remove(peer, "Delete copies", "The peer was removed with its");
        assertTrue(SyncScreens.copies(HERE, origin.getString("uri")).isEmpty(),
                "the copy is deleted");
    }

    @Test
    void removingAPeerKeepsItsCopiesAsLocalObjectsWhenTheAdminChoosesSo() {
        JsonObject origin = SyncScreens.entity(THERE, SyncScreens.unique("Copy to keep"),
                "k@b.example", "+352 4");
        String peer = PeerScreens.activeHandshake(HERE, THERE);
        SyncScreens.importObjects(HERE, peer, origin.getString("uri"));
        remove(peer, "Keep copies as local objects",
                "kept as");
        JsonObject copy = SyncScreens.copyOf(HERE, origin.getString("uri"));
        assertTrue(!copy.containsKey("peer") || copy.isNull("peer"), copy::toString);
        assertTrue(copy.containsKey("detachedAt") && !copy.isNull("detachedAt"),
                copy::toString);
    }

    /** Removes the peer on its page, choosing what becomes of its copies. */
    static void remove(String peer, String choice, String done) {
        try (Browser here = Browser.desktop()) {
            try {
                here.signInAsAdmin().open("/admin/network/peer.xhtml?id=" + peer);
                here.click(By.id("sync:remove")).awaitAjax();
                here.waitFor(d -> d.findElement(By.id("remove-dialog")).isDisplayed());
                String explained = here.find(By.id("remove-dialog")).getText();
                assertTrue(explained.contains("no longer follow the peer"), explained);
                assertTrue(explained.contains("is deleted here"), explained);
                here.click(By.xpath("//*[@id='remove-form:copies']//label[text()='"
                        + choice + "']"));
                here.screenshot("sync-remove-peer");
                here.click(By.id("remove-form:confirm"));
                here.waitFor(d -> d.getCurrentUrl().contains("/admin/network/peers"));
                here.waitFor(d -> here.find(By.id("messages")).getText().contains(done));
                assertTrue(PeerScreens.row(here.driver(), THERE).isEmpty(), "the peer is gone");
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(here, "sync-remove-failure");
                throw failure;
            }
        }
    }
}
