package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
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
     * one at {@code there}, which approves. Answers the peer's id on {@code here}.
     */
    static String activeHandshake(String here, String there) {
        Reply preview = Node.post(here + "/api/admin/peers/preview", Caller.ADMIN,
                Json.createObjectBuilder().add("baseUrl", there).build());
        assertEquals(200, preview.status(), preview::toString);
        Reply asked = Node.post(here + "/api/admin/peers", Caller.ADMIN,
                Json.createObjectBuilder().add("baseUrl", there)
                        .add("fingerprint", preview.object().getString("fingerprint")).build());
        assertEquals(201, asked.status(), asked::toString);
        String id = asked.object().getString("id");

        Reply theirs = Node.get(there + "/api/admin/peers", Caller.ADMIN);
        String theirId = theirs.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(peer -> peer.getString("baseUrl").equals(here))
                .map(peer -> peer.getString("id")).findFirst().orElseThrow();
        Reply approved = Node.post(there + "/api/admin/peers/" + theirId + "/approval",
                Caller.ADMIN, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, approved.status(), approved::toString);

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

    /** Ends a handshake through the admin API of the node at {@code here}. */
    static void revoke(String here, String id) {
        Reply revoked = Node.post(here + "/api/admin/peers/" + id + "/revocation", Caller.ADMIN,
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, revoked.status(), revoked::toString);
    }
}
