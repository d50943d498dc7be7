package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The taxonomies screen in a browser: a new scheme with values, renamed and moved (by the
 * "move to" dialog and by drag and drop), a delete refused while an entity is tagged, and
 * the CSV export.
 */
class TaxonomyPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    static By code(String valueCode) {
        return By.xpath("//span[@class='value-code' and text()='" + valueCode + "']");
    }

    /** The code of a value shown below the value with the parent code. */
    static By child(String parentCode, String childCode) {
        return By.xpath("//li[contains(@class,'ui-treenode')][./div//span[@class='value-code'"
                + " and text()='" + parentCode + "']]//ul//span[@class='value-code' and text()='"
                + childCode + "']");
    }

    static void createScheme(Browser browser, String schemeCode) {
        browser.open("/admin/taxonomies.xhtml").click(By.id("schemes:new-scheme"));
        browser.find(By.id("scheme-form:code"));
        browser.type(By.id("scheme-form:code"), schemeCode)
                .type(By.id("scheme-form:labels_en_"), "Portal test " + schemeCode)
                .type(By.id("scheme-form:labels_fr_"), "Test du portail " + schemeCode)
                .type(By.id("scheme-form:labels_de_"), "Portaltest " + schemeCode)
                .click(By.id("scheme-form:save")).awaitAjax();
        browser.click(By.linkText(schemeCode)).awaitAjax();
        browser.find(By.id("values:tree"));
    }

    static void addValue(Browser browser, String button, String valueCode, String label) {
        browser.click(By.id("values:" + button)).awaitAjax();
        browser.type(By.id("value-form:code"), valueCode)
                .type(By.id("value-form:labels_en_"), label)
                .click(By.id("value-form:save")).awaitAjax();
        browser.find(code(valueCode));
    }

    static void select(Browser browser, String valueCode) {
        browser.click(code(valueCode)).awaitAjax();
        browser.waitFor(d -> d.findElement(By.id("values:rename")).isEnabled());
    }

    @Test
    void schemeValuesRenameMoveDeleteAndExport() throws Exception {
        String schemeCode = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        Path downloads = Files.createTempDirectory("openxeco-downloads");
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin();
            try {
                steps(browser, schemeCode, downloads);
            } catch (RuntimeException | AssertionError failure) {
                keepEvidence(browser, "taxonomies-failure");
                throw failure;
            }
        }
    }

    /** Saves a screenshot and the page source of a failed step. */
    static void keepEvidence(Browser browser, String name) {
        try {
            Path shot = browser.screenshot(name);
            Files.writeString(shot.resolveSibling(name + ".html"),
                    browser.driver().getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // the failure itself matters more
        }
    }

    static void steps(Browser browser, String schemeCode, Path downloads) throws IOException {
        createScheme(browser, schemeCode);
        addValue(browser, "add-root", "a", "Value A");
        addValue(browser, "add-root", "b", "Value B");
        addValue(browser, "add-root", "c", "Value C");

        select(browser, "b");
        browser.click(By.id("values:rename")).awaitAjax();
        browser.type(By.id("value-form:labels_en_"), "Value B renamed")
                .type(By.id("value-form:labels_fr_"), "Valeur B renomm\u00e9e")
                .click(By.id("value-form:save")).awaitAjax();
        browser.waitFor(d -> browser.text().contains("Value B renamed"));

        browser.click(By.id("values:move-to")).awaitAjax();
        choose(browser, "move-form:parent", "Value A");
        browser.click(By.id("move-form:move")).awaitAjax();
        browser.find(child("a", "b"));

        dragOnto(browser, "c", "a");
        browser.find(child("a", "c"));

        String schemeId = taxonomyId(schemeCode);
        String valueA = valueId(schemeId, "a");
        assertEquals(valueA, parentOf(schemeId, "b"));
        assertEquals(valueA, parentOf(schemeId, "c"));

        String entityName = "Tagged in the portal " + schemeCode;
        Reply entity = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", entityName).add("kind", "company")
                .add("tags", Json.createArrayBuilder().add(valueId(schemeId, "c")))
                .build());
        assertEquals(201, entity.status(), entity::toString);
        String entityUrl = entity.header("Location").orElseThrow();
        try {
            browser.open("/admin/taxonomies.xhtml").click(By.linkText(schemeCode))
                    .awaitAjax();
            select(browser, "a");
            browser.click(By.id("values:delete-value")).awaitAjax();
            browser.click(By.cssSelector("#delete-form\\:subtree .ui-chkbox-box"));
            browser.click(By.id("delete-form:confirm")).awaitAjax();
            browser.waitFor(d -> browser.text().contains("cannot be deleted"));
            assertTrue(browser.find(By.id("values:used-by")).getText().contains(entityName),
                    browser::text);
            browser.find(code("a"));

            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.click(By.id("files:export"));
            Path csv = downloads.resolve(schemeCode + ".csv");
            browser.waitFor(d -> Files.isRegularFile(csv) && size(csv) > 0);
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(text.contains("b,a,Value B renamed"), text);
            assertTrue(text.contains("c,a,Value C"), text);
            browser.screenshot("taxonomies");
        } finally {
            Reply current = Node.get(entityUrl, Caller.ADMIN);
            Node.delete(entityUrl, Caller.ADMIN, current.header("ETag").orElse(""));
        }
    }

    /** Picks the item of a select menu whose label contains the text, retrying a missed click. */
    static void choose(Browser browser, String menuId, String label) {
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[contains(@data-label,'" + label
                + "')]");
        By shown = By.id(menuId + "_label");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (browser.findAll(item).stream().noneMatch(WebElement::isDisplayed)) {
                browser.click(By.id(menuId));
            }
            browser.click(item);
            try {
                browser.waitFor(d -> d.findElement(shown).getText().contains(label));
                return;
            } catch (org.openqa.selenium.TimeoutException missed) {
                // the panel was still opening; try again
            }
        }
        throw new AssertionError("Could not choose " + label + " in " + menuId);
    }

    /** Drags a value's node onto another value's node, which makes it its last child. */
    static void dragOnto(Browser browser, String dragged, String target) {
        WebElement from = browser.find(code(dragged));
        WebElement to = browser.find(code(target));
        new Actions(browser.driver()).clickAndHold(from).moveByOffset(5, 5)
                .moveToElement(to).moveByOffset(2, 0).pause(300).release().perform();
        browser.awaitAjax();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String taxonomyId(String schemeCode) {
        return Node.get("/api/taxonomies").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> schemeCode.equals(t.getString("code")))
                .findFirst().orElseThrow().getString("id");
    }

    static JsonObject value(String schemeId, String valueCode) {
        return Node.get("/api/taxonomies/" + schemeId + "/values").json().asJsonArray()
                .stream().map(JsonValue::asJsonObject)
                .filter(v -> valueCode.equals(v.getString("code"))).findFirst().orElseThrow();
    }

    static String valueId(String schemeId, String valueCode) {
        return value(schemeId, valueCode).getString("id");
    }

    static String parentOf(String schemeId, String valueCode) {
        JsonObject value = value(schemeId, valueCode);
        return !value.containsKey("parent") || value.isNull("parent") ? null
                : value.getString("parent");
    }
}
