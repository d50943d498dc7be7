package org.openxeco.web.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The Chart.js configurations the dashboard writes into its page. */
class ChartJsonTest {

    @Test
    void aStackedBarChartCarriesEveryLabelAndNumber() {
        JsonObject config = read(ChartJson.bar(List.of("Jan 2025", "Feb 2025"), List.of(
                new ChartJson.Dataset("News", List.of(2L, 0L)),
                new ChartJson.Dataset("Events", List.of(0L, 1L))), false, true));
        assertEquals("bar", config.getString("type"));
        assertEquals(List.of("Jan 2025", "Feb 2025"), config.getJsonObject("data")
                .getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject events = config.getJsonObject("data").getJsonArray("datasets")
                .getJsonObject(1);
        assertEquals("Events", events.getString("label"));
        assertEquals(1, events.getJsonArray("data").getJsonNumber(1).intValue());
        assertEquals(true, config.getJsonObject("options").getJsonObject("scales")
                .getJsonObject("y").getBoolean("stacked"));
    }

    @Test
    void aLabelCannotEndThePageScript() {
        String json = ChartJson.bar(List.of("</script><script>alert(1)</script> & co"),
                List.of(new ChartJson.Dataset("Entities", List.of(1L))), true, false);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        JsonObject config = read(json);
        assertEquals("</script><script>alert(1)</script> & co", config.getJsonObject("data")
                .getJsonArray("labels").getString(0));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
