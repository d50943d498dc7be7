package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * What the sync browser tests do around the screens: make entities on a node, import and
 * sync through the admin API, and read the run log of a peer's page.
 */
final class SyncScreens {

    static final By RUNS = By.cssSelector("#sync\\:runs_data > tr:not(.ui-datatable-empty-message)");
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private SyncScreens() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an active company on the node and returns it as the node shows it. */
    static JsonObject entity(String node, String name, String email, String phone) {
        Reply created = Node.post(node + "/api/entities", Caller.ADMIN, body(name, email, phone));
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    /** Changes the e-mail address and phone number of an entity on the node. */
    static void change(String node, String id, String name, String email, String phone) {
        Reply now = Node.get(node + "/api/entities/" + id, Caller.ADMIN);
        assertEquals(200, now.status(), now::toString);
        Reply changed = Node.put(node + "/api/entities/" + id, Caller.ADMIN,
                body(name, email, phone),
                Node.ifMatch(now.object().getJsonNumber("version").longValue()));
        assertEquals(204, changed.status(), changed::toString);
    }

    private static JsonObject body(String name, String email, String phone) {
        return Json.createObjectBuilder().add("name", name).add("kind", "company")
                .add("status", "active").add("email", email).add("phone", phone).build();
    }

    /** Imports objects of the peer through the admin API; answers the copy's id of the first. */
    static String importObjects(String node, String peer, String... uris) {
        Reply run = Node.post(node + "/api/admin/peers/" + peer + "/imports", Caller.ADMIN,
                Json.createObjectBuilder().add("uris", Json.createArrayBuilder(List.of(uris)))
                        .build());
        assertEquals(200, run.status(), run::toString);
        assertEquals("done", run.object().getString("state"), run::toString);
        return copyOf(node, uris[0]).getString("id");
    }

    /** The node's copies of the object with this origin URI: none or one. */
    static JsonArray copies(String node, String originUri) {
        Reply found = Node.get(node + "/api/admin/copies?origin="
                + URLEncoder.encode(originUri, StandardCharsets.UTF_8), Caller.ADMIN);
        assertEquals(200, found.status(), found::toString);
        return found.json().asJsonArray();
    }

    static JsonObject copyOf(String node, String originUri) {
        JsonArray found = copies(node, originUri);
        assertEquals(1, found.size(), found::toString);
        return found.getJsonObject(0);
    }

    /** Syncs the peer now through the admin API and waits until the run is over. */
    static JsonObject syncNow(String node, String peer) {
        String path = node + "/api/admin/peers/" + peer + "/sync";
        long before = latestRun(node, peer);
        Reply started = Node.post(path, Caller.ADMIN, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(202, started.status(), started::toString);
        Instant until = Instant.now().plus(RUN_LIMIT);
        while (Instant.now().isBefore(until)) {
            JsonArray runs = Node.get(path + "?runs=5", Caller.ADMIN).object()
                    .getJsonArray("runs");
            for (int i = 0; i < runs.size(); i++) {
                JsonObject run = runs.getJsonObject(i);
                if (run.getJsonNumber("id").longValue() > before
                        && !"running".equals(run.getString("state"))) {
                    return run;
                }
            }
            pause();
        }
        return fail("No sync run ended within " + RUN_LIMIT);
    }

    static long latestRun(String node, String peer) {
        JsonArray runs = Node.get(node + "/api/admin/peers/" + peer + "/sync?runs=1",
                Caller.ADMIN).object().getJsonArray("runs");
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The text of one cell of the newest row of the run log shown now. */
    static String newestRun(Browser browser, String css) {
        List<WebElement> rows = browser.findAll(RUNS);
        return rows.isEmpty() ? "" : rows.get(0).findElement(By.cssSelector(css)).getText()
                .strip();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
