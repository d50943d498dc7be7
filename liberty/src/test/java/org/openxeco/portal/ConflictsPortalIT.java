package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;

/**
 * Conflicts in the admin portal of the H2 node: an entity imported from the PostgreSQL node
 * is changed on both sides; its editor says where it comes from and that two fields are in
 * conflict, and the conflicts page resolves one field by keeping the local value and the
 * other by taking the remote one.
 */
class ConflictsPortalIT {

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
    void eachConflictingFieldIsResolvedByKeepingLocalOrTakingRemote() {
        String name = SyncScreens.unique("Changed on both sides");
        JsonObject origin = SyncScreens.entity(THERE, name, "b@b.example", "+352 1");
        String peer = PeerScreens.activeHandshake(HERE, THERE);
        try (Browser here = Browser.desktop()) {
            String copy = SyncScreens.importObjects(HERE, peer, origin.getString("uri"));
            SyncScreens.change(HERE, copy, name, "a@a.example", "+352 9");
            SyncScreens.change(THERE, origin.getString("id"), name, "new@b.example", "+352 2");
            JsonObject run = SyncScreens.syncNow(HERE, peer);
            assertTrue(run.getInt("conflicts") >= 1, run::toString);
            try {
                here.signInAsAdmin();
                provenance(here, copy, origin.getString("uri"));
                resolve(here, copy);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(here, "sync-conflicts-failure");
                throw failure;
            }
            JsonObject entity = Node.get(HERE + "/api/entities/" + copy, Caller.ADMIN).object();
            assertEquals("a@a.example", entity.getString("email"), "the local value is kept");
            assertEquals("+352 2", entity.getString("phone"), "the remote value is taken");
        } finally {
            PeerScreens.revoke(HERE, peer);
        }
    }

    static void provenance(Browser here, String copy, String originUri) {
        here.open("/admin/entity.xhtml?id=" + copy);
        assertEquals(originUri, here.find(By.id("origin-uri")).getText().strip());
        assertTrue(here.find(By.id("copy-conflicts")).getText().contains("2 fields in conflict"),
                here.find(By.id("copy-conflicts")).getText());
        here.screenshot("sync-provenance");
        here.click(By.cssSelector("#copy-conflicts a"));
        here.waitFor(d -> d.getCurrentUrl().contains("/admin/network/conflicts"));
    }

    static void resolve(Browser here, String copy) {
        String section = "section.copy-conflicts[data-object='" + copy + "'] ";
        String email = section + "tr[data-field='email'] ";
        String phone = section + "tr[data-field='phone'] ";
        assertEquals("a@a.example", here.find(By.cssSelector(email + ".field-local")).getText()
                .strip());
        assertEquals("new@b.example", here.find(By.cssSelector(email + ".field-remote"))
                .getText().strip());
        here.screenshot("sync-conflicts");

        here.click(By.cssSelector(email + "[id$=':keep-local']")).awaitAjax();
        here.waitFor(d -> here.find(By.id("conflicts:messages")).getText()
                .contains("The local value of email is kept"));
        here.waitFor(d -> d.findElements(By.cssSelector(email)).isEmpty());

        here.click(By.cssSelector(phone + "[id$=':take-remote']")).awaitAjax();
        here.waitFor(d -> d.findElements(By.cssSelector(section)).isEmpty());
    }
}
