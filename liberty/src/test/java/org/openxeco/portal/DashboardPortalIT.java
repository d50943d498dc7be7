package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * The admin dashboard draws its charts, and the table under each shows the numbers the API
 * gives for records the test makes.
 */
class DashboardPortalIT {

    private static final String CANVAS_DRAWN = "const c = arguments[0];"
            + " if (!c.width || !c.height) { return false; }"
            + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) { return true; } }"
            + " return false;";

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @Test
    void theChartsAreDrawnAndTheirTablesShowTheNodesNumbers() {
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop()) {
            String code = SiteData.marker();
            JsonObject scheme = data.create("/api/taxonomies", Json.createObjectBuilder()
                    .add("code", code).add("labels", Json.createObjectBuilder()
                            .add("en", "Dashboard " + code))
                    .add("appliesTo", Json.createArrayBuilder().add("entity")));
            String values = "/api/taxonomies/" + scheme.getString("id") + "/values";
            String alpha = value(data, values, "alpha");
            String beta = value(data, values, "beta");
            data.entity("Dashboard one " + code, "company", "Town", "LU", alpha);
            data.entity("Dashboard two " + code, "company", "Town", "LU", alpha);
            data.entity("Dashboard three " + code, "ngo", "Town", "BE", beta);

            browser.signInAsAdmin().open("/admin/");
            String month = thisMonth(browser);
            long newsBefore = cells(browser, "articles").getOrDefault(month, List.of(0L)).get(0);
            data.article("news", "Dashboard news " + code, "draft", null);
            data.article("news", "Dashboard news again " + code, "draft", null);

            browser.open("/admin/");
            List<WebElement> canvases = browser.findAll(By.cssSelector(".dash-chart canvas"));
            // Taxonomy, countries, articles, activity and waiting; the network's chart only
            // when the node has peers.
            assertTrue(canvases.size() >= 5, "charts drawn: " + canvases.size());
            for (WebElement canvas : canvases) {
                browser.waitFor(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript(CANVAS_DRAWN, canvas)));
                assertFalse(canvas.getAttribute("aria-label").isBlank());
            }

            TaxonomyPortalIT.choose(browser, "dash-scheme:scheme", "Dashboard " + code);
            browser.awaitAjax();
            browser.waitFor(d -> !d.findElements(By.cssSelector(
                    "#tags-numbers tr[data-key='" + alpha + "']")).isEmpty());
            Map<String, List<Long>> tags = cells(browser, "tags");
            assertEquals(List.of(total("tag=" + alpha)), tags.get(alpha));
            assertEquals(List.of(total("tag=" + beta)), tags.get(beta));
            assertEquals(List.of(2L), tags.get(alpha));
            assertEquals(List.of(1L), tags.get(beta));
            assertFalse(tags.containsKey("other"), tags::toString);
            assertTrue(browser.find(By.cssSelector("#tags-chart canvas")).isDisplayed());

            Map<String, List<Long>> countries = cells(browser, "countries");
            // The node may hold other entities (the demo data, say): the test's countries
            // are among the shown ones unless the chart had to fold some into "other".
            assertTrue(countries.containsKey("other")
                    || countries.containsKey("LU") && countries.containsKey("BE"),
                    countries::toString);
            countries.forEach((country, counts) -> {
                if (country.matches("[A-Z]{2}")) {
                    assertEquals(List.of(total("country=" + country)), counts, country);
                }
            });

            Map<String, List<Long>> articles = cells(browser, "articles");
            assertEquals(newsBefore + 2, articles.get(month).get(0),
                    "news added this month: " + articles);
            assertEquals(12, articles.size());
            assertEquals(5, articles.get(month).size(), "one column per article type");
            browser.screenshot("dashboard-charts");
        }
    }

    private static String value(SiteData data, String values, String code) {
        return data.create(values, Json.createObjectBuilder().add("code", code)
                .add("labels", Json.createObjectBuilder().add("en", "Value " + code)))
                .getString("id");
    }

    /** The key of the current month's row: the last row of the articles table. */
    private static String thisMonth(Browser browser) {
        List<WebElement> rows = browser.findAll(By.cssSelector("#articles-numbers tbody tr"));
        return rows.get(rows.size() - 1).getAttribute("data-key");
    }

    /** The numbers of a chart's table by row key, after unfolding it as a reader would. */
    private static Map<String, List<Long>> cells(Browser browser, String chart) {
        WebElement details = browser.find(By.id(chart + "-numbers"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (WebElement row : details.findElements(By.cssSelector("tbody tr"))) {
            rows.put(row.getAttribute("data-key"), row.findElements(By.tagName("td")).stream()
                    .map(td -> Long.parseLong(td.getText().trim())).toList());
        }
        return rows;
    }

    /** How many entities the admin API lists with the filter. */
    private static long total(String filter) {
        Node.Reply reply = Node.get("/api/entities?size=1&" + filter, Node.Caller.ADMIN);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonNumber("total").longValue();
    }
}
