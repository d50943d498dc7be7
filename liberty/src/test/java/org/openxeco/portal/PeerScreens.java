package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * What the network browser tests do on the network screens of one node: read its own
 * fingerprint, look up and ask another node, and find, read and act on a peer's row.
 */
final class PeerScreens {

    static final String PEERS = "/admin/network/peers.xhtml";
    static final String ADD_PEER = "/admin/network/add-peer.xhtml";
    static final String NODE = "/admin/network/node.xhtml";

    private PeerScreens() {
    }

    /** Waits until the node at the base URL has finished its first start. */
    static void awaitStarted(String baseUrl) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        String last = "no answer";
        while (Instant.now().isBefore(limit)) {
            try {
                Reply reply = Node.get(baseUrl + "/health/started");
                if (reply.status() == 200 && reply.body().contains("UP")) {
                    return;
                }
                last = reply.toString();
            } catch (RuntimeException e) {
                last = e.toString();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + baseUrl, e);
            }
        }
        throw new AssertionError(baseUrl + " did not report started; last answer: " + last);
    }

    /** The fingerprint a node shows for its own current key. */
    static String ownFingerprint(Browser browser) {
        browser.open(NODE);
        return browser.find(By.id("node-fingerprint")).getText().strip();
    }

    /** Types an address on the add-peer page and looks it up. */
    static void lookUp(Browser browser, String baseUrl) {
        browser.open(ADD_PEER).type(By.id("add-peer:baseUrl"), baseUrl)
                .click(By.id("add-peer:look-up")).awaitAjax();
    }

    /** The row of the peer with this base URL on the peers page shown now, if any. */
    static Optional<WebElement> row(WebDriver driver, String baseUrl) {
        return driver.findElements(By.cssSelector("#peers\\:list_data > tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".peer-url")).stream()
                        .anyMatch(url -> url.getText().strip().equals(baseUrl)))
                .findFirst();
    }

    /** The text of one part of a peer's row, such as its state badge. */
    static Optional<String> cell(WebDriver driver, String baseUrl, String css) {
        return row(driver, baseUrl).map(tr -> tr.findElement(By.cssSelector(css)).getText()
                .strip());
    }

    /** Waits until the peers page shown now gives the peer this state label. */
    static void awaitState(Browser browser, String baseUrl, String label) {
        browser.waitFor(d -> cell(d, baseUrl, ".peer-state").filter(label::equals).isPresent());
    }

    /** Opens the peers page again and again until the peer has this state label. */
    static void awaitStateAfterReload(Browser browser, String baseUrl, String label) {
        browser.waitFor(d -> {
            browser.open(PEERS);
            return cell(d, baseUrl, ".peer-state").filter(label::equals).isPresent();
        });
    }

    /** Clicks one of the buttons of a peer's row: approve, reject, revoke or recheck. */
    static void act(Browser browser, String baseUrl, String action) {
        String id = browser.waitFor(d -> row(d, baseUrl).map(tr -> tr.findElement(
                By.cssSelector("[id$=':" + action + "']")).getAttribute("id")).orElse(null));
        browser.click(By.id(id)).awaitAjax();
    }

    /** The fingerprint shown in the confirmation dialog, which is then confirmed. */
    static String confirmDecision(Browser browser) {
        String fingerprint = browser.find(By.id("decision-fingerprint")).getText().strip();
        browser.click(By.id("decision-form:confirm")).awaitAjax();
        browser.waitFor(d -> !d.findElement(By.id("decision-dialog")).isDisplayed());
        return fingerprint;
    }

    /**
     * Sets up an active handshake through the admin API: the node at {@code here} asks the
     * one at {@code there}, which approves. A handshake an earlier test left active on both
     * sides is taken as it is; one left half-way is ended first, so that no test depends on
     * what ran before it. Answers the peer's id on {@code here}.
     */
    static String activeHandshake(String here, String there) {
        Optional<JsonObject> known = peerOn(here, there);
        if (known.isPresent() && "active".equals(known.get().getString("state"))
                && peerOn(there, here).map(p -> "active".equals(p.getString("state")))
                        .orElse(false)) {
            return known.get().getString("id");
        }
        endHandshakes(here, there);
        Reply preview = Node.post(here + "/api/admin/peers/preview", Caller.ADMIN,
                Json.createObjectBuilder().add("baseUrl", there).build());
        assertEquals(200, preview.status(), preview::toString);
        Reply asked = Node.post(here + "/api/admin/peers", Caller.ADMIN,
                Json.createObjectBuilder().add("baseUrl", there)
                        .add("fingerprint", preview.object().getString("fingerprint")).build());
        assertEquals(201, asked.status(), asked::toString);
        String id = asked.object().getString("id");

        JsonObject theirs = peerOn(there, here).orElseThrow();
        if ("pending".equals(theirs.getString("state"))) {
            Reply approved = Node.post(there + "/api/admin/peers/" + theirs.getString("id")
                    + "/approval", Caller.ADMIN, JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, approved.status(), approved::toString);
        }

        Instant limit = Instant.now().plusSeconds(30);
        JsonObject peer = asked.object();
        while (!"active".equals(peer.getString("state")) && Instant.now().isBefore(limit)) {
            Reply checked = Node.post(here + "/api/admin/peers/" + id + "/recheck",
                    Caller.ADMIN, JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, checked.status(), checked::toString);
            peer = checked.object();
        }
        assertEquals("active", peer.getString("state"), peer::toString);
        return id;
    }

    /** Ends, on both sides, a handshake between the two nodes that is not ended yet. */
    static void endHandshakes(String one, String other) {
        for (String[] pair : new String[][] {{one, other}, {other, one}}) {
            peerOn(pair[0], pair[1])
                    .filter(p -> !List.of("revoked", "rejected").contains(p.getString("state")))
                    .ifPresent(p -> {
                        // 409: the other side's revocation reached it meanwhile.
                        Reply revoked = Node.post(pair[0] + "/api/admin/peers/"
                                + p.getString("id") + "/revocation", Caller.ADMIN,
                                JsonValue.EMPTY_JSON_OBJECT);
                        assertTrue(revoked.status() == 200 || revoked.status() == 409,
                                revoked::toString);
                    });
        }
    }

    /** The handshake the node at {@code node} has with the node at {@code baseUrl}. */
    static Optional<JsonObject> peerOn(String node, String baseUrl) {
        Reply peers = Node.get(node + "/api/admin/peers", Caller.ADMIN);
        assertEquals(200, peers.status(), peers::toString);
        return peers.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(peer -> peer.getString("baseUrl").equals(baseUrl)).findFirst();
    }

    /** Ends a handshake through the admin API of the node at {@code here}. */
    static void revoke(String here, String id) {
        Reply revoked = Node.post(here + "/api/admin/peers/" + id + "/revocation", Caller.ADMIN,
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, revoked.status(), revoked::toString);
    }
}
