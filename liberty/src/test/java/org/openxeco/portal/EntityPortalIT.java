package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The entities screens in a real browser: searching the demo directory, creating an entity
 * with a tag and a logo, changing it, reading it back through the API and the audit log,
 * deleting it, and two people saving the same entity.
 */
class EntityPortalIT {

    static final By SEARCH = By.id("entities-form:search");
    static final By COUNTRY = By.id("entities-form:country");
    static final By APPLY = By.id("entities-form:apply");
    static final By ROWS = By.cssSelector("#entities-form\\:entities_data > tr");
    static final By NAME = By.id("entity-form:name");
    static final By PHONE = By.id("entity-form:phone");
    static final By SAVE = By.id("entity-form:save");
    static final By MESSAGES = By.id("entity-form:messages");

    @BeforeAll
    static void awaitNode() {
        Node.awaitStarted();
    }

    @Test
    void searchAndCountryFiltersNarrowTheDemoDirectory() {
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/entities.xhtml");
            browser.type(SEARCH, "Luxemburg").click(APPLY).awaitAjax();
            browser.waitFor(d -> rowTexts(browser).stream()
                    .anyMatch(t -> t.contains("University of Luxemburg")));

            browser.type(SEARCH, "").type(COUNTRY, "LU").click(APPLY).awaitAjax();
            browser.waitFor(d -> rowTexts(browser).size() == 2);
            assertTrue(rowTexts(browser).stream().allMatch(t -> t.contains("LU")),
                    () -> String.join("\n", rowTexts(browser)));
            String export = browser.find(By.cssSelector(
                    "a[id='entities-form:export'], [id='entities-form:export'] a"))
                    .getAttribute("href");
            assertTrue(export.endsWith("/admin/entities.csv?country=LU"), export);
            browser.click(By.id("entities-form:entities:updated")).awaitAjax();
            browser.waitFor(d -> rowTexts(browser).size() == 2);
            String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0])"
                    + ".then(r => r.text()).then(done, e => done(String(e)));", export);
            assertEquals(3, csv.strip().split("\\R").length, csv);
            assertTrue(csv.contains("University of Luxemburg"), csv);
            browser.screenshot("entities-table");
        }
        try (Browser phone = Browser.phone().signInAsAdmin()) {
            phone.open("/admin/entities.xhtml");
            phone.waitFor(d -> rowTexts(phone).size() == 25);
            phone.screenshot("entities-phone");
        }
    }

    @Test
    void entityIsCreatedWithTagAndLogoChangedAuditedAndDeleted() throws IOException {
        String name = "Portal Entity " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/entities.xhtml").click(By.id("entities-form:new"));
            browser.type(NAME, name).type(By.id("entity-form:email"), "hello@example.org");
            browser.click(By.id("entity-form:add-address")).awaitAjax();
            browser.type(By.id("entity-form:addresses_0__city"), "Esch-sur-Alzette")
                    .type(By.id("entity-form:addresses_0__countryCode"), "lu");
            browser.click(By.id("entity-form:add-website")).awaitAjax();
            browser.type(By.id("entity-form:websites_0_"), "https://example.org/portal");
            browser.click(By.id("entity-form:add-identifier")).awaitAjax();
            browser.type(By.id("entity-form:identifiers_0__value"), "LU99999999");

            WebElement firstTag = browser.find(By.cssSelector(
                    "#entity-form\\:tags-0 .ui-treenode"));
            String tagLabel = firstTag.findElement(By.cssSelector(".ui-treenode-label"))
                    .getText();
            firstTag.findElement(By.cssSelector(".ui-chkbox-box")).click();

            browser.driver().findElement(By.id("entity-form:logo_input"))
                    .sendKeys(smallPng().toString());
            browser.awaitAjax().find(By.id("entity-form:logo-preview"));
            browser.click(SAVE);
            browser.waitFor(d -> d.getCurrentUrl().contains("id="));
            String uuid = browser.driver().getCurrentUrl().replaceAll(".*id=([0-9a-f-]{36}).*",
                    "$1");
            assertTrue(browser.find(MESSAGES).getText().contains("The entity was created."));

            String src = browser.find(By.id("entity-form:logo-preview")).getAttribute("src");
            Reply logo = Node.get(src.substring(src.indexOf("/media/")));
            assertEquals(200, logo.status(), logo::toString);
            assertEquals("image/png", logo.contentType());
            assertEquals("nosniff", logo.header("X-Content-Type-Options").orElse(""));
            assertTrue(logo.header("Cache-Control").orElse("").contains("immutable"));
            assertEquals(404, Node.get("/media/" + "0".repeat(64)).status());

            browser.type(PHONE, "+352 12 34 56").click(SAVE);
            browser.waitFor(d -> d.findElement(MESSAGES).getText()
                    .contains("The entity was saved."));
            browser.screenshot("entity-editor");

            JsonObject api = Node.get("/api/entities/" + uuid, Caller.ADMIN).object();
            assertEquals(name, api.getString("name"));
            assertEquals("+352 12 34 56", api.getString("phone"));
            assertEquals("LU", api.getJsonArray("addresses").getJsonObject(0)
                    .getString("country"));
            assertEquals("LU99999999", api.getJsonArray("identifiers").getJsonObject(0)
                    .getString("value"));
            assertEquals(List.of("https://example.org/portal"), api.getJsonArray("websites")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            assertEquals(1, api.getJsonArray("tags").size(), api::toString);
            assertEquals(tagLabel, api.getJsonArray("tags").getJsonObject(0)
                    .getString("label"), api::toString);

            browser.open("/admin/audit.xhtml?object=" + uuid);
            browser.waitFor(d -> d.findElements(By.cssSelector("#audit\\:log_data > tr"))
                    .size() >= 3);
            assertTrue(browser.text().contains(name));

            browser.open("/admin/entity.xhtml?id=" + uuid).click(By.id("entity-form:delete"));
            browser.click(By.id("entity-form:confirm-yes"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/admin/entities"));
            assertEquals(404, Node.get("/api/entities/" + uuid, Caller.ADMIN).status());
        }
    }

    @Test
    void refusedFieldsAreMarkedNextToTheirInputsAndKeepTheTypedValues() {
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/entity.xhtml");
            browser.type(By.id("entity-form:email"), "not-an-address");
            browser.click(By.id("entity-form:add-address")).awaitAjax();
            browser.type(By.id("entity-form:addresses_0__countryCode"), "1");
            browser.click(SAVE);
            browser.awaitAjax();

            for (String field : List.of("name", "email", "addresses_0__countryCode")) {
                browser.find(By.xpath("//*[@id='entity-form:" + field + "']"
                        + "/following-sibling::*[contains(@class, 'ui-message-error')]"));
            }
            assertEquals("not-an-address", browser.find(By.id("entity-form:email"))
                    .getAttribute("value"));
            assertEquals("1", browser.find(By.id("entity-form:addresses_0__countryCode"))
                    .getAttribute("value"));
            assertFalse(browser.driver().getCurrentUrl().contains("id="));
        }
    }

    @Test
    void refusalsComeInThePersonsLanguage() {
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/entity.xhtml");
            browser.click(By.cssSelector("a.lang-de"));
            browser.waitFor(d -> d.findElement(By.cssSelector("a.lang-de"))
                    .getAttribute("class").contains("current"));
            try {
                browser.type(By.id("entity-form:email"), "not-an-address");
                browser.click(SAVE);
                browser.awaitAjax();
                String message = browser.find(By.xpath("//*[@id='entity-form:email']"
                        + "/following-sibling::*[contains(@class, 'ui-message-error')]")).getText();
                assertTrue(message.contains("E-Mail"), () -> "in German: " + message);
            } finally {
                browser.click(By.cssSelector("a.lang-en"));
                browser.waitFor(d -> d.findElement(By.cssSelector("a.lang-en"))
                        .getAttribute("class").contains("current"));
            }
        }
    }

    @Test
    void secondOfTwoConcurrentSavesIsRefusedNamingWhoChangedItAndKeepsTheTypedValue() {
        String name = "Concurrent Entity " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", name).add("kind", "company")
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("country", "LU")))
                .build());
        assertEquals(201, created.status(), created::toString);
        String uuid = created.object().getString("id");
        try (Browser first = Browser.desktop().signInAsAdmin();
                Browser second = Browser.desktop().signInAsAdmin()) {
            first.open("/admin/entity.xhtml?id=" + uuid);
            second.open("/admin/entity.xhtml?id=" + uuid);
            first.type(PHONE, "+352 111");
            second.type(PHONE, "+352 222");

            first.click(SAVE);
            first.waitFor(d -> d.findElement(MESSAGES).getText()
                    .contains("The entity was saved."));
            second.click(SAVE);
            second.awaitAjax();
            String refusal = second.waitFor(d -> {
                String text = d.findElement(MESSAGES).getText();
                return text.contains("Changed by") ? text : null;
            });

            assertTrue(refusal.contains("Changed by " + Node.ADMIN_USER + " on "), refusal);
            assertEquals("+352 222", second.find(PHONE).getAttribute("value"));
            assertFalse(second.driver().getCurrentUrl().contains("faces-redirect"));
            assertEquals("+352 111", Node.get("/api/entities/" + uuid, Caller.ADMIN).object()
                    .getString("phone"));
        } finally {
            JsonObject current = Node.get("/api/entities/" + uuid, Caller.ADMIN).object();
            Node.delete("/api/entities/" + uuid, Caller.ADMIN,
                    Node.ifMatch(current.getJsonNumber("version").longValue()));
        }
    }

    private static List<String> rowTexts(Browser browser) {
        return browser.findAll(ROWS).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    private static Path smallPng() throws IOException {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x < 12 ? Color.BLUE : Color.ORANGE).getRGB());
            }
        }
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
