package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;

/**
 * The CSV uploads of the entities and articles pages in a real browser: a file with a bad
 * row, imported row by row, applies the good rows and shows the report with the bad row's
 * column; imported all or nothing, it changes nothing and the report says so, listing
 * only the rejected rows. In French the report and the users table use French words and
 * spacing.
 */
class CsvImportPortalIT {

    // The second choice of the mode: its label, which the browser clicks like the radio.
    static final By ROW_BY_ROW = By.cssSelector("label[for='csv-import:csv-mode:1']");
    static final By FILE = By.id("csv-import:csv-file_input");
    static final By REPORT_ROWS = By.cssSelector("[id='csv-import:csv-rows_data'] > tr");
    static final By COUNTS = By.id("csv-counts");
    static final By MESSAGES = By.id("csv-import:csv-messages");
    static final String ARTICLE_HEADER = "uuid,version,type,status,title,slug,summary,body,"
            + "published_at,link_kinds,link_urls,link_labels,event_start,event_end,"
            + "event_time_zone,event_all_day,event_attendance,event_venue,event_city,"
            + "event_country_code,event_country_name,event_registration_url,event_cfp_url,"
            + "event_cfp_end,job_hiring_entity,job_employment_type,job_location,"
            + "job_closing_date,offering_provider,offering_url,related_entities,tags,shared,"
            + "updated\r\n";

    @BeforeAll
    static void awaitNode() {
        Node.awaitStarted();
    }

    @Test
    void aFileWithABadRowImportedRowByRowShowsTheReportAndKeepsTheGoodRows() {
        String marker = "Csv portal " + UUID.randomUUID().toString().substring(0, 8);
        Path file = file("uuid,version,name,legal_name,kind,status,description,email,phone,"
                + "logo_url,websites,address_streets,address_postal_codes,address_cities,"
                + "address_regions,address_country_codes,identifiers,tags,shared,updated\r\n"
                + ",," + marker + " good,,COMPANY,ACTIVE,,,,,https://good.example,,,Esch,,LU,,,,\r\n"
                + ",," + marker + " bad,,COMPANY,ACTIVE,,not-an-address,,,,,,,,,,,,\r\n");
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/entities.xhtml");
            browser.click(ROW_BY_ROW).awaitAjax();
            browser.driver().findElement(FILE).sendKeys(file.toString());
            browser.waitFor(d -> browser.findAll(REPORT_ROWS).size() == 2);
            browser.screenshot("csv-import-report");

            List<WebElement> rows = browser.findAll(REPORT_ROWS);
            List<WebElement> good = rows.get(0).findElements(By.tagName("td"));
            List<WebElement> bad = rows.get(1).findElements(By.tagName("td"));
            assertEquals(List.of("2", "Created"), List.of(good.get(0).getText().strip(),
                    good.get(1).getText().strip()));
            assertEquals(List.of("3", "Rejected"), List.of(bad.get(0).getText().strip(),
                    bad.get(1).getText().strip()));
            assertTrue(bad.get(3).getText().startsWith("email: "), bad.get(3).getText());
            String counts = browser.find(COUNTS).getText();
            assertTrue(counts.contains("Created: 1") && counts.contains("Rejected: 1"), counts);
            assertTrue(browser.find(MESSAGES).getText().contains("1 created"),
                    browser.find(MESSAGES).getText());

            String id = good.get(2).getText().strip();
            JsonObject entity = Node.get("/api/entities/" + id, Caller.ADMIN).object();
            assertEquals(marker + " good", entity.getString("name"));
            assertEquals(0, Node.get("/api/entities?size=1&q=" + URLEncoder.encode(marker
                    + " bad", StandardCharsets.UTF_8), Caller.ADMIN).object().getInt("total"));
            Node.delete("/api/entities/" + id, Caller.ADMIN,
                    Node.ifMatch(entity.getJsonNumber("version").longValue()));
        }
    }

    @Test
    void anArticleFileWithABadRowImportedAllOrNothingChangesNothingAndSaysSo() {
        String title = "Csv portal news " + UUID.randomUUID().toString().substring(0, 8);
        Path file = file(ARTICLE_HEADER
                + ",,NEWS,DRAFT," + title + " good" + ",".repeat(29) + "\r\n"
                + ",,NEWS,DRAFT," + title + " bad,Not A Slug" + ",".repeat(28) + "\r\n");
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/articles.xhtml");
            browser.driver().findElement(FILE).sendKeys(file.toString());
            browser.waitFor(d -> browser.findAll(REPORT_ROWS).size() == 1);

            // Nothing was applied: the report lists the rejected row only, none "created".
            List<WebElement> bad = browser.findAll(REPORT_ROWS).get(0)
                    .findElements(By.tagName("td"));
            assertEquals(List.of("3", "Rejected"), List.of(bad.get(0).getText().strip(),
                    bad.get(1).getText().strip()));
            assertTrue(bad.get(3).getText().startsWith("slug: "), bad.get(3).getText());
            assertEquals("Import report (nothing applied)",
                    browser.find(By.id("csv-report-heading")).getText().strip());
            assertTrue(browser.find(MESSAGES).getText().contains("nothing was changed"),
                    browser.find(MESSAGES).getText());
            assertEquals("Rejected: 1", browser.find(COUNTS).getText().strip());
            assertEquals(0, Node.get("/api/articles?size=1&sort=title&q=" + URLEncoder.encode(
                    title, StandardCharsets.UTF_8), Caller.ADMIN).object().getInt("total"));
        }
    }

    @Test
    void inFrenchTheReportAndTheUsersTableUseFrenchWordsAndSpacing() {
        String title = "Csv portal nouvelles " + UUID.randomUUID().toString().substring(0, 8);
        Path file = file(ARTICLE_HEADER
                + ",,NEWS,DRAFT," + title + ",Not A Slug" + ",".repeat(28) + "\r\n");
        try (Browser browser = Browser.desktop().signInAsAdmin()) {
            browser.open("/admin/articles.xhtml");
            browser.click(By.cssSelector("a.lang-fr"));
            try {
                browser.waitFor(d -> d.findElement(By.tagName("html")).getAttribute("lang")
                        .startsWith("fr"));
                browser.driver().findElement(FILE).sendKeys(file.toString());
                browser.waitFor(d -> browser.findAll(REPORT_ROWS).size() == 1);

                WebElement problems = browser.findAll(REPORT_ROWS).get(0)
                        .findElements(By.tagName("td")).get(3);
                assertTrue(problems.getAttribute("textContent").contains("slug\u00a0: "),
                        problems.getAttribute("textContent"));
                assertEquals("Refusé\u00a0: 1", browser.find(COUNTS)
                        .getAttribute("textContent").strip());

                browser.open("/admin/users.xhtml");
                String users = browser.find(By.id("users:list")).getText();
                assertTrue(users.contains("Actif") && !users.contains("Active"), users);
            } finally {
                browser.click(By.cssSelector("a.lang-en"));
                browser.waitFor(d -> d.findElement(By.tagName("html")).getAttribute("lang")
                        .startsWith("en"));
            }
        }
    }

    private static Path file(String text) {
        try {
            Path file = Files.createTempFile("entities", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
