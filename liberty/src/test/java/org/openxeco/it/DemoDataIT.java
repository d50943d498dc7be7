package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * What first start loaded: 10,251 universities as academic entities tagged with their
 * country, 6,006 conferences as public events tagged with their topics, and the four bundled
 * taxonomies. Expected numbers are counted from the bundled files.
 */
class DemoDataIT extends ApiTest {

    static final int UNIVERSITIES = 10_251;
    static final Set<String> LUXEMBOURG_UNIVERSITIES = Set.of(
            "International University Institute of Luxembourg", "University of Luxemburg");
    static final int GERMAN_UNIVERSITIES = 320;
    static final int EUROPEAN_UNIVERSITIES = 2_103;
    static final int SECURITY_EVENTS_2024 = 49;

    @Test
    void directoryListsTheTenThousandTwoHundredFiftyOneUniversitiesToVisitors() {
        // Other suites add companies of their own to this node, in an order that varies.
        assertEquals(UNIVERSITIES, total("/api/entities?size=1&kind=academic", ANONYMOUS));
        assertTrue(total("/api/entities?size=1", ANONYMOUS) >= UNIVERSITIES);
    }

    @Test
    void countryLuGivesExactlyTheTwoLuxembourgUniversities() {
        Reply reply = Node.get("/api/entities?country=LU&size=100");
        List<JsonObject> items = items(reply);
        assertEquals(2, reply.object().getJsonNumber("total").longValue(), reply::toString);
        assertFalse(reply.object().containsKey("next"), reply::toString);
        assertEquals(LUXEMBOURG_UNIVERSITIES, items.stream().map(e -> e.getString("name"))
                .collect(Collectors.toSet()), reply::toString);
        for (JsonObject entity : items) {
            assertEquals("academic", entity.getString("kind"), reply::toString);
            assertTrue(entity.getJsonArray("addresses").stream().map(JsonValue::asJsonObject)
                    .allMatch(a -> "LU".equals(a.getString("country"))), reply::toString);
        }
    }

    @Test
    void countriesLuTagMatchesTheSameEntitiesAsTheCountryFilter() {
        Reply byTag = Node.get("/api/entities?tag=countries:LU&size=100");
        Reply byCountry = Node.get("/api/entities?country=LU&size=100");
        assertEquals(2, byTag.object().getJsonNumber("total").longValue(), byTag::toString);
        assertEquals(ids(items(byCountry)), ids(items(byTag)));
        for (JsonObject entity : items(byTag)) {
            assertTrue(hasTag(entity, "countries", "LU"), byTag::toString);
        }
    }

    @Test
    void tagGivenAsValueUuidMatchesLikeTheCodeReference() {
        String luxembourg = valueId("countries", "LU");
        Reply byUuid = Node.get("/api/entities?size=100&tag=" + luxembourg);
        Reply byCode = Node.get("/api/entities?size=100&tag=countries:LU");
        assertEquals(2, byUuid.object().getJsonNumber("total").longValue(), byUuid::toString);
        assertEquals(ids(items(byCode)), ids(items(byUuid)));
    }

    @Test
    void continentEuropeTagIncludesEveryCountryBeneathIt() {
        String countries = taxonomyId("countries");
        List<JsonObject> values = values(countries);
        String europe = values.stream().filter(v -> "continent-EU".equals(v.getString("code")))
                .findFirst().orElseThrow().getString("id");
        Set<String> europeanCodes = values.stream()
                .filter(v -> europe.equals(v.getString("parent", null)))
                .map(v -> v.getString("code")).collect(Collectors.toSet());

        Reply reply = Node.get("/api/entities?tag=countries:continent-EU&size=100");
        long europeTotal = reply.object().getJsonNumber("total").longValue();
        assertEquals(EUROPEAN_UNIVERSITIES, europeTotal, reply::toString);
        assertTrue(europeTotal > total("/api/entities?size=1&tag=countries:LU", ANONYMOUS));
        for (JsonObject entity : items(reply)) {
            assertTrue(entity.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                    .anyMatch(t -> "countries".equals(t.getString("taxonomy"))
                            && europeanCodes.contains(t.getString("code"))),
                    () -> entity + " has no European country tag");
        }
    }

    @Test
    void textSearchIgnoresCaseAndAccentsAndTakesWildcardsLiterally() {
        assertEquals(249, total("/api/entities?size=1&q=" + encode("université"), ANONYMOUS));
        assertEquals(249, total("/api/entities?size=1&q=UNIVERSITE", ANONYMOUS));
        assertEquals(0, total("/api/entities?size=1&q=" + encode("%"), ANONYMOUS));
        assertEquals(0, total("/api/entities?size=1&q=_", ANONYMOUS));
    }

    @Test
    void germanyHoldsThreeHundredTwentyUniversities() {
        assertEquals(GERMAN_UNIVERSITIES, total("/api/entities?size=1&country=DE", ANONYMOUS));
        assertEquals(GERMAN_UNIVERSITIES,
                total("/api/entities?size=1&tag=countries:DE", ANONYMOUS));
    }

    @Test
    void securityEventsOf2024AreFilteredByTopicAndYear() {
        Reply reply = Node.get(
                "/api/articles?type=event&tag=conference-topics:security&year=2024&size=100");
        List<JsonObject> events = items(reply);
        assertEquals(SECURITY_EVENTS_2024, reply.object().getJsonNumber("total").longValue(),
                reply::toString);
        assertEquals(SECURITY_EVENTS_2024, events.size(), reply::toString);
        OffsetDateTime previous = null;
        for (JsonObject event : events) {
            assertEquals("event", event.getString("type"), event::toString);
            assertEquals("public", event.getString("status"), event::toString);
            assertTrue(hasTag(event, "conference-topics", "security"), event::toString);
            OffsetDateTime start = OffsetDateTime.parse(
                    event.getJsonObject("event").getString("start"));
            assertEquals(2024, start.getYear(), event::toString);
            if (previous != null) {
                assertFalse(start.isBefore(previous), "events are listed by start: " + event);
            }
            previous = start;
        }
        assertTrue(total("/api/articles?size=1&type=event&tag=conference-topics:security",
                ANONYMOUS) > SECURITY_EVENTS_2024, "other years hold security events too");
    }

    @Test
    void naceTaxonomyIsAFourLevelTreeOf996ValuesUnder21Sections() {
        Reply reply = Node.get("/api/taxonomies/" + taxonomyId("nace-rev2"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject tree = reply.object();
        assertEquals(4, tree.getInt("depth"), "depth");
        assertEquals(996, tree.getInt("valueCount"), "valueCount");
        JsonArray roots = tree.getJsonArray("tree");
        assertEquals(21, roots.size(), "roots");
        List<String> sections = roots.stream().map(r -> r.asJsonObject().getString("code"))
                .toList();
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
                "N", "O", "P", "Q", "R", "S", "T", "U"), sections);
        assertEquals(List.of(21, 88, 272, 615), countPerLevel(roots));
        assertEquals(996, values(tree.getJsonObject("taxonomy").getString("id")).size());
    }

    @Test
    void theFourBundledTaxonomiesAreListedWithTheirTrees() {
        Reply reply = Node.get("/api/taxonomies");
        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> bundled = reply.json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> !t.getString("code").startsWith(TEST_CODE_PREFIX))
                .toList();
        assertEquals(List.of("conference-topics", "countries", "cybersecurity-domains",
                "nace-rev2"), bundled.stream().map(t -> t.getString("code")).toList(),
                reply::toString);
        Map<String, List<Integer>> levels = Map.of(
                "conference-topics", List.of(39),
                "countries", List.of(7, 252),
                "cybersecurity-domains", List.of(4, 53, 150),
                "nace-rev2", List.of(21, 88, 272, 615));
        for (JsonObject taxonomy : bundled) {
            assertFalse(taxonomy.getString("label", "").isBlank(), taxonomy::toString);
            JsonObject tree = Node.get("/api/taxonomies/" + taxonomy.getString("id")).object();
            List<Integer> expected = levels.get(taxonomy.getString("code"));
            assertEquals(expected, countPerLevel(tree.getJsonArray("tree")),
                    taxonomy.getString("code"));
            assertEquals(expected.size(), tree.getInt("depth"), taxonomy.getString("code"));
            assertEquals(expected.stream().mapToInt(Integer::intValue).sum(),
                    tree.getInt("valueCount"), taxonomy.getString("code"));
        }
    }

    @Test
    void conferenceTopicsTagOnlyNewsAndEvents() {
        Reply reply = Node.get("/api/taxonomies/" + taxonomyId("conference-topics"));
        assertEquals(List.of("news", "event"), reply.object().getJsonObject("taxonomy")
                .getJsonArray("appliesTo").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), reply::toString);
    }

    static boolean hasTag(JsonObject object, String taxonomy, String code) {
        return object.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> taxonomy.equals(t.getString("taxonomy"))
                        && code.equals(t.getString("code")));
    }

    static Set<String> ids(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("id")).collect(Collectors.toSet());
    }

    /** How many nodes each level of a tree holds, from the roots down. */
    static List<Integer> countPerLevel(JsonArray roots) {
        List<Integer> counts = new ArrayList<>();
        List<JsonObject> level = roots.stream().map(JsonValue::asJsonObject).toList();
        while (!level.isEmpty()) {
            counts.add(level.size());
            level = level.stream().flatMap(n -> n.getJsonArray("children").stream())
                    .map(JsonValue::asJsonObject).toList();
        }
        return counts;
    }
}
