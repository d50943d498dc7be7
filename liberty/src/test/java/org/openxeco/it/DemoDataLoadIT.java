package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * Loading the demo data again finds everything first start loaded: nothing is created,
 * everything is counted as existing, and the refused records are reported with a reason.
 */
class DemoDataLoadIT extends ApiTest {

    static final int CONFERENCE_RECORDS = 6_831;
    static final int CONFERENCE_EVENTS = 6_006;
    static final int MERGED_CONFERENCE_RECORDS = 823;
    static final List<Integer> REJECTED_CONFERENCE_RECORDS = List.of(786, 1551);
    static final Map<String, Integer> TAXONOMY_VALUES = Map.of("nace-rev2", 996,
            "countries", 259, "cybersecurity-domains", 207, "conference-topics", 39);

    static JsonObject load() {
        Reply reply = Node.send("/api/admin/demo-data", "POST", ADMIN, null, null, null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object();
    }

    static void assertCounts(JsonObject counts, int read, int created, int existing,
            int merged, int rejected) {
        assertEquals(read, counts.getInt("read"), () -> "read " + counts);
        assertEquals(created, counts.getInt("created"), () -> "created " + counts);
        assertEquals(existing, counts.getInt("existing"), () -> "existing " + counts);
        assertEquals(merged, counts.getInt("merged"), () -> "merged " + counts);
        assertEquals(rejected, counts.getInt("rejected"), () -> "rejected " + counts);
    }

    static void assertNothingNew(JsonObject report) {
        assertCounts(report.getJsonObject("universities"), DemoDataIT.UNIVERSITIES, 0,
                DemoDataIT.UNIVERSITIES, 0, 0);
        assertCounts(report.getJsonObject("conferences"), CONFERENCE_RECORDS, 0,
                CONFERENCE_EVENTS, MERGED_CONFERENCE_RECORDS, 2);
        List<JsonObject> taxonomies = report.getJsonArray("taxonomies").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(TAXONOMY_VALUES.size(), taxonomies.size(), report::toString);
        for (JsonObject taxonomy : taxonomies) {
            assertEquals(0, taxonomy.getInt("added"), taxonomy::toString);
            assertEquals(TAXONOMY_VALUES.get(taxonomy.getString("code")),
                    taxonomy.getInt("existing"), taxonomy::toString);
        }
    }

    @Test
    void loadingTwiceCreatesNothingAndCountsWhatExists() {
        long entities = total("/api/entities?size=1", ADMIN);
        long events = total("/api/articles?size=1&type=event", ADMIN);
        long articles = total("/api/articles?size=1&sort=title", ADMIN);

        assertNothingNew(load());
        assertNothingNew(load());

        assertEquals(entities, total("/api/entities?size=1", ADMIN));
        assertEquals(DemoDataIT.UNIVERSITIES, total("/api/entities?size=1&kind=academic",
                ANONYMOUS));
        assertEquals(events, total("/api/articles?size=1&type=event", ADMIN));
        assertEquals(articles, total("/api/articles?size=1&sort=title", ADMIN));
        for (Map.Entry<String, Integer> taxonomy : TAXONOMY_VALUES.entrySet()) {
            assertEquals(taxonomy.getValue(), values(taxonomyId(taxonomy.getKey())).size(),
                    taxonomy.getKey());
        }
    }

    @Test
    void reportListsTheTwoRejectedConferenceRecordsWithTheirReason() {
        JsonObject report = load();
        List<JsonObject> rejected = report.getJsonArray("rejected").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(REJECTED_CONFERENCE_RECORDS, rejected.stream()
                .filter(r -> "conferences.json".equals(r.getString("file")))
                .map(r -> r.getInt("record")).sorted().toList(), report::toString);
        assertEquals(REJECTED_CONFERENCE_RECORDS.size(), rejected.size(),
                "no other record is rejected: " + rejected);
        for (JsonObject problem : rejected) {
            String reason = problem.getString("reason", "");
            assertFalse(reason.isBlank(), problem::toString);
            assertTrue(reason.contains("url"), () -> "the reason names the url: " + problem);
        }
    }

    @Test
    void administratorCanReadTheStartUpReport() {
        Reply reply = Node.get("/api/admin/demo-data", ADMIN);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.object();
        if (report.containsKey("universities")) {
            assertEquals(DemoDataIT.UNIVERSITIES, report.getJsonObject("universities")
                    .getInt("created") + report.getJsonObject("universities").getInt("existing"),
                    reply::toString);
        } else {
            assertEquals("no load ran since this start", report.getString("status"),
                    reply::toString);
        }
    }
}
