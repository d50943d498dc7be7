package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openxeco.portal.PeerScreens.act;
import static org.openxeco.portal.PeerScreens.awaitState;
import static org.openxeco.portal.PeerScreens.awaitStateAfterReload;
import static org.openxeco.portal.PeerScreens.cell;
import static org.openxeco.portal.PeerScreens.confirmDecision;
import static org.openxeco.portal.PeerScreens.lookUp;
import static org.openxeco.portal.PeerScreens.ownFingerprint;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * The network screens with two nodes, each in its own browser: the H2 node looks the
 * PostgreSQL node up and asks it for a handshake, whose administrator sees the same
 * fingerprint the H2 node shows for itself and approves; a request the other way is
 * rejected; a revocation shows on both sides; unusable addresses are refused; a key
 * rotation keeps the old key accepted. Every handshake ends revoked or rejected.
 */
class NetworkPortalIT {

    static final String HERE = Node.BASE_URL;
    static final String THERE = System.getProperty("it.peer.url", "").replaceFirst("/+$", "");

    @BeforeAll
    static void nodesHaveStarted() {
        assumeTrue(System.getProperty("it.base.url") != null && !THERE.isEmpty(),
                "no pair of test nodes in this run");
        Node.awaitStarted();
        PeerScreens.awaitStarted(THERE);
    }

    /** Each test starts with no handshake between the two nodes, whatever ran before. */
    @BeforeEach
    void noHandshakeYet() {
        PeerScreens.endHandshakes(HERE, THERE);
    }

    interface Steps {
        void run(Browser here, Browser there);
    }

    /** Runs steps with one signed-in browser per node, keeping evidence of a failure. */
    static void withBothNodes(String name, Steps steps) {
        try (Browser here = Browser.desktop(); Browser there = Browser.desktopAt(THERE)) {
            try {
                here.signInAsAdmin();
                there.signInAsAdmin();
                steps.run(here, there);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(here, name + "-failure-here");
                TaxonomyPortalIT.keepEvidence(there, name + "-failure-there");
                throw failure;
            }
        }
    }

    @Test
    void handshakeAskedHereIsApprovedThereAndRevokedOnBothSides() {
        withBothNodes("network-approve", (here, there) -> {
            String ourFingerprint = ownFingerprint(here);
            String theirFingerprint = ownFingerprint(there);
            String theirName = there.find(By.id("node-name")).getText().strip();

            lookUp(here, THERE);
            assertEquals(THERE, here.find(By.id("preview-url")).getText().strip());
            assertEquals(theirName, here.find(By.id("preview-name")).getText().strip());
            assertEquals(theirFingerprint,
                    here.find(By.id("preview-fingerprint")).getText().strip());
            here.screenshot("network-add-peer");
            here.click(By.id("add-peer:request"));
            here.waitFor(d -> d.getCurrentUrl().contains("/admin/network/peers.xhtml"));
            awaitState(here, THERE, "Requested");
            assertTrue(here.find(By.id("messages")).getText()
                    .contains("A handshake was requested from " + theirName), here::text);

            there.open("/admin/");
            assertTrue(there.find(By.id("handshakes-waiting")).getText()
                    .contains("wait"), there::text);
            there.open(PeerScreens.PEERS);
            awaitState(there, HERE, "Waiting for your decision");
            assertEquals(ourFingerprint, cell(there.driver(), HERE, ".peer-fingerprint")
                    .orElseThrow());
            assertEquals("The other node asked", cell(there.driver(), HERE,
                    ".peer-direction").orElseThrow());
            List<WebElement> rows = there.findAll(By.cssSelector("#peers\\:list_data > tr"));
            assertTrue(rows.get(0).getText().contains(HERE), "a waiting request comes first");
            assertTrue(there.find(By.id("peers:waiting")).isDisplayed());

            act(there, HERE, "approve");
            there.screenshot("network-approve");
            assertEquals(ourFingerprint, confirmDecision(there));
            awaitState(there, HERE, "Active");

            here.open(PeerScreens.PEERS);
            act(here, THERE, "recheck");
            awaitState(here, THERE, "Active");
            assertEquals("Healthy", cell(here.driver(), THERE, ".peer-health").orElseThrow());
            assertEquals("Browse", cell(here.driver(), THERE, "[id$=':browse']").orElseThrow());
            here.screenshot("network-peers");

            act(here, THERE, "revoke");
            assertEquals(theirFingerprint, confirmDecision(here));
            awaitState(here, THERE, "Revoked");
            awaitStateAfterReload(there, HERE, "Revoked");
        });
    }

    @Test
    void handshakeAskedByThePeerIsRejectedHereAndSeenRejectedThere() {
        withBothNodes("network-reject", (here, there) -> {
            String theirFingerprint = ownFingerprint(there);
            lookUp(there, HERE);
            there.click(By.id("add-peer:request"));
            there.waitFor(d -> d.getCurrentUrl().contains("/admin/network/peers.xhtml"));
            awaitState(there, HERE, "Requested");

            here.open(PeerScreens.PEERS);
            awaitState(here, THERE, "Waiting for your decision");
            act(here, THERE, "reject");
            assertTrue(here.find(By.id("decision-title")).getText().contains("Reject"));
            assertEquals(theirFingerprint, confirmDecision(here));
            awaitState(here, THERE, "Rejected");
            assertTrue(here.findAll(By.cssSelector("[id$=':approve']")).stream()
                    .noneMatch(WebElement::isDisplayed), "a decided request offers no approval");

            awaitStateAfterReload(there, HERE, "Rejected");
        });
    }

    @Test
    void unusableAddressesAreRefusedAndTheTypedAddressIsKept() {
        try (Browser here = Browser.desktop()) {
            here.signInAsAdmin();
            refused(here, "http://169.254.169.254", "cloud metadata");
            refused(here, "ftp://example.org", "must start with http");
            refused(here, "http://127.0.0.1:1", "did not give a usable answer");

            lookUp(here, HERE);
            here.click(By.id("add-peer:request")).awaitAjax();
            here.waitFor(d -> here.find(By.id("add-peer")).getText()
                    .contains("This is the address of this node itself."));
            assertEquals(HERE, here.find(By.id("add-peer:baseUrl")).getAttribute("value"));
        }
    }

    static void refused(Browser browser, String address, String why) {
        lookUp(browser, address);
        browser.waitFor(d -> browser.find(By.id("add-peer")).getText().contains(why));
        assertTrue(browser.findAll(By.id("preview")).isEmpty(), "no node is shown");
        assertEquals(address, browser.find(By.id("add-peer:baseUrl")).getAttribute("value"));
    }

    @Test
    void rotatingTheKeyKeepsTheOldKeyAcceptedForTheGracePeriod() {
        try (Browser here = Browser.desktop()) {
            here.signInAsAdmin();
            String before = ownFingerprint(here);
            int keys = here.findAll(By.cssSelector("#node\\:keys_data > tr")).size();

            here.click(By.id("node:rotate")).awaitAjax();
            assertTrue(here.find(By.id("rotate-explain")).getText().contains("7 days"),
                    () -> here.find(By.id("rotate-explain")).getText());
            here.click(By.id("rotate-form:confirm")).awaitAjax();
            here.waitFor(d -> here.find(By.id("messages")).getText()
                    .contains("A new key is in use"));

            String after = here.find(By.id("node-fingerprint")).getText().strip();
            assertNotEquals(before, after);
            String table = here.find(By.id("node:keys")).getText();
            assertEquals(keys + 1, here.findAll(By.cssSelector("#node\\:keys_data > tr")).size());
            assertTrue(table.contains(before) && table.contains("Still accepted")
                    && table.contains(after) && table.contains("Current"), table);
        }
    }
}
