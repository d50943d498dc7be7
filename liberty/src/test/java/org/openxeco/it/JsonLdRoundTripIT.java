package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.it.LinkedData.LD_JSON;
import static org.openxeco.it.LinkedData.SCHEMA;
import static org.openxeco.it.LinkedData.expand;
import static org.openxeco.it.LinkedData.nodes;
import static org.openxeco.it.LinkedData.value;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * An object exported as schema.org JSON-LD, deleted, and sent back to the node as JSON-LD
 * (through the import of POST application/ld+json) exports again with the same fields.
 */
class JsonLdRoundTripIT extends ApiTest {

    /** What tells two objects of the same content apart: identity and change stamps. */
    private static final Set<String> IDENTITY = Set.of("@id", SCHEMA + "identifier",
            SCHEMA + "dateModified", SCHEMA + "version");

    @Test
    void anEntityDeletedAndImportedFromItsExportExportsTheSame() {
        Created taxonomy = create("/api/taxonomies", object().add("code", uniqueCode("it-rt"))
                .add("labels", object().add("en", "Round trip")).add("appliesTo",
                        array("entity")).build());
        Created tag = create(taxonomy.location() + "/values", object().add("code", "RT")
                .add("labels", object().add("en", "Round").add("fr", "Aller-retour")).build());
        Created entity = create("/api/entities", object().add("name", unique("RT entity"))
                .add("kind", "public-body")
                .add("legalName", "Round Trip Agency").add("description", "<p>Public</p>")
                .add("email", "rt@example.org").add("phone", "+352 123")
                .add("websites", array("https://rt.example.org", "https://rt2.example.org"))
                .add("identifiers", array(object().add("scheme", "vat").add("value", "LU1")))
                .add("addresses", array(object().add("street", "2 Place").add("city", "Wiltz")
                        .add("postalCode", "9500").add("region", "North").add("country", "LU")))
                .add("tags", array(tag.id())).build());
        String exported = LinkedData.read(entity.location()).body();
        delete(entity.location());

        Reply imported = importAs("/api/entities", exported);
        JsonObject again = expand(LinkedData.read(imported.header("Location").orElseThrow())
                .body());

        JsonObject before = expand(exported);
        assertEquals("public-body", imported.object().getString("kind"));
        assertNotEquals(entity.id(), imported.object().getString("id"));
        assertSameFields(before, again);
        JsonObject keyword = nodes(again, "keywords").get(0);
        assertEquals(tag.location(), keyword.getString("@id"));
        assertEquals(Optional.of("Round"), value(keyword, "name"));
        assertEquals(Set.of(SCHEMA + "name", SCHEMA + "legalName", SCHEMA + "description",
                SCHEMA + "email", SCHEMA + "telephone", SCHEMA + "url", SCHEMA + "sameAs",
                SCHEMA + "address", SCHEMA + "keywords"), content(again).stream()
                .filter(k -> !k.startsWith("@")).filter(k -> !k.equals(SCHEMA + "identifier"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void articlesOfEveryTypeDeletedAndImportedFromTheirExportExportTheSame() {
        Created entity = createEntity(unique("RT partner"), null);
        Map<String, JsonObjectBuilder> articles = Map.of(
                "news", object().add("links", array(object().add("kind", "website")
                        .add("url", "https://news.example.org").add("label", "More"))),
                "event", object().add("relatedEntities", array(entity.id()))
                        .add("event", object().add("start", "2031-11-05T09:00:00-05:00")
                        .add("end", "2031-11-06T17:00:00-05:00").add("timeZone",
                                "America/New_York").add("attendance", "on-site")
                        .add("venue", "Center").add("city", "Boston").add("country", "US")),
                "job-offer", object().add("job", object().add("hiringEntity", entity.id())
                        .add("employmentType", "part-time").add("location", "Remote")
                        .add("closingDate", "2031-01-31")),
                "service", object().add("offering", object().add("provider", entity.id())
                        .add("url", "https://service.example.org")),
                "tool", object().add("offering", object().add("url",
                        "https://tool.example.org")));
        for (var type : articles.entrySet()) {
            Created article = create("/api/articles", type.getValue().add("type", type.getKey())
                    .add("title", unique("RT " + type.getKey())).add("status", "public")
                    .add("summary", "Summary of " + type.getKey())
                    .add("body", "<p>Body of " + type.getKey() + "</p>").build());
            String exported = LinkedData.read(article.location()).body();
            delete(article.location());

            Reply imported = importAs("/api/articles", exported);
            JsonObject again = expand(LinkedData.read(imported.header("Location")
                    .orElseThrow()).body());

            assertEquals(type.getKey(), imported.object().getString("type"));
            assertEquals(article.json().getString("slug"), imported.object().getString("slug"));
            assertSameFields(expand(exported), again);
        }
    }

    @Test
    void brokenJsonLdIsRefusedNamingItsPropertiesAndNothingIsCreated() {
        String title = unique("RT broken");
        String body = object().add("@context", SCHEMA).add("@type", "Event")
                .add("name", title).add("startDate", "next monday")
                .add("eventSchedule", object().add("scheduleTimezone", "Europe/Atlantis"))
                .build().toString();
        String unknownTag = object().add("@context", SCHEMA).add("@type", "NewsArticle")
                .add("name", title).add("keywords", array(object().add("@type", "DefinedTerm")
                        .add("@id", "urn:example:nowhere"))).build().toString();

        assertInvalid(send("/api/articles", body), "startDate",
                "eventSchedule.scheduleTimezone");
        assertInvalid(send("/api/articles", unknownTag), "keywords[0]");
        assertInvalid(send("/api/entities", "{\"@type\": \"Organization\", \"name\": "),
                "body");
        assertInvalid(send("/api/entities", object().add("@type", "Organization")
                .add("name", "").build().toString()), "name");
        assertEquals(0, articlesTitled(title));
        Reply anonymous = Node.send("/api/entities", "POST", ANONYMOUS, LD_JSON, object()
                .add("@type", "Organization").add("name", title).build().toString(), null);
        assertEquals(Node.post("/api/entities", ANONYMOUS, object().add("name", title)
                .build()).status(), anonymous.status(), anonymous::toString);
        assertEquals(0, entitiesNamed(title));
    }

    @Test
    void valuesTheReaderCannotUnderstandAreRefusedTogetherAndTitleNamesAJobPosting() {
        String title = unique("RT job");
        String job = object().add("@context", SCHEMA).add("@type", "JobPosting")
                .add("title", title).add("datePosted", "not-a-date")
                .add("employmentType", "SLAVE").build().toString();
        String event = object().add("@context", SCHEMA).add("@type", "Event")
                .add("name", title).add("eventAttendanceMode", "SomewhereAttendanceMode")
                .add("location", object().add("@type", "Place").add("address", "1 Rue Haute"))
                .build().toString();
        String entity = object().add("@context", SCHEMA).add("@type", "Organization")
                .add("name", title).add("address", "1 Rue Haute, Luxembourg")
                .add("url", array("ftp://files.example.org")).build().toString();

        assertInvalid(send("/api/articles", job), "datePosted", "employmentType");
        assertInvalid(send("/api/articles", event), "eventAttendanceMode", "location.address",
                "startDate");
        assertInvalid(send("/api/entities", entity), "address", "url[0]");
        assertEquals(0, articlesTitled(title));
        assertEquals(0, entitiesNamed(title));
        Reply titled = importAs("/api/articles", object().add("@context", SCHEMA)
                .add("@type", "JobPosting").add("title", title).add("datePosted", "2026-03-02")
                .add("employmentType", "FULL_TIME").build().toString());
        assertEquals(title, titled.object().getString("title"));
        assertEquals("full-time", titled.object().getJsonObject("job")
                .getString("employmentType"));
    }

    private static Reply send(String collection, String body) {
        return Node.send(collection, "POST", ADMIN, LD_JSON, body, null);
    }

    private static Reply importAs(String collection, String body) {
        Reply reply = send(collection, body);
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply::toString);
        return reply;
    }

    private static void delete(String url) {
        Reply deleted = Node.delete(url, ADMIN, Node.ifMatch(currentVersion(url)));
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, Node.get(url, ADMIN).status());
    }

    private static Set<String> content(JsonObject node) {
        Set<String> keys = new TreeSet<>(node.keySet());
        keys.removeAll(IDENTITY);
        return keys;
    }

    private static void assertSameFields(JsonObject expected, JsonObject actual) {
        assertEquals(content(expected), content(actual));
        for (String key : content(expected)) {
            assertEquals(expected.get(key), actual.get(key), key);
        }
    }
}
