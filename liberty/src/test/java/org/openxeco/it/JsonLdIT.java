package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.it.LinkedData.LD_JSON;
import static org.openxeco.it.LinkedData.expand;
import static org.openxeco.it.LinkedData.node;
import static org.openxeco.it.LinkedData.nodes;
import static org.openxeco.it.LinkedData.types;
import static org.openxeco.it.LinkedData.value;
import static org.openxeco.it.LinkedData.texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * The public API answers schema.org JSON-LD to clients that ask for it and JSON to the
 * others, on entities, articles and taxonomy values; the answers are read back with an
 * independent JSON-LD processor.
 */
class JsonLdIT extends ApiTest {

    @Test
    void anEntityIsAnOrganizationOnlyForClientsAskingForJsonLd() {
        Created entity = createEntity(unique("LD entity"), object()
                .add("description", "<p>We <b>secure</b> things</p>")
                .add("websites", array("https://ld.example.org", "https://ld2.example.org"))
                .add("email", "hello@ld.example.org")
                .add("addresses", array(object().add("street", "1 Rue Haute")
                        .add("postalCode", "L-1234").add("city", "Luxembourg")
                        .add("country", "LU"))));
        long version = entity.json().getJsonNumber("version").longValue();

        Reply ld = LinkedData.read(entity.location());
        Reply json = Node.get(entity.location());
        Reply anything = LinkedData.get(entity.location(), ANONYMOUS, "*/*");
        Reply browser = LinkedData.get(entity.location(), ANONYMOUS,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertEquals(Optional.of("\"" + version + "-ld\""), ld.header("ETag"));
        assertEquals(Optional.of("Accept"), ld.header("Vary"));
        for (Reply plain : List.of(json, anything, browser)) {
            assertEquals(200, plain.status(), plain::toString);
            assertTrue(plain.contentType().startsWith("application/json"), plain::toString);
            assertEquals(Optional.of("\"" + version + "\""), plain.header("ETag"));
            assertEquals(Optional.of("Accept"), plain.header("Vary"));
            assertEquals(entity.id(), plain.object().getString("id"));
        }
        JsonObject org = expand(ld.body());
        assertEquals(List.of("Corporation"), types(org));
        assertEquals(entity.location(), org.getString("@id"));
        assertEquals(Optional.of(entity.json().getString("name")), value(org, "name"));
        assertEquals(Optional.of("<p>We <b>secure</b> things</p>"), value(org, "description"));
        assertEquals(Optional.of("https://ld.example.org"), value(org, "url"));
        assertEquals(List.of("https://ld2.example.org"), texts(org, "sameAs"));
        assertEquals(Optional.of("hello@ld.example.org"), value(org, "email"));
        JsonObject address = node(org, "address");
        assertEquals(List.of("PostalAddress"), types(address));
        assertEquals(Optional.of("1 Rue Haute"), value(address, "streetAddress"));
        assertEquals(Optional.of("L-1234"), value(address, "postalCode"));
        assertEquals(Optional.of("Luxembourg"), value(address, "addressLocality"));
        assertEquals(Optional.of("LU"), value(address, "addressCountry"));
    }

    @Test
    void anEventIsAnEventInItsOwnTimeZoneWithItsPublicOrganizerOnly() {
        Created organizer = createEntity(unique("LD organizer"), null);
        Created hidden = createEntity(unique("LD hidden"), object().add("status", "inactive"));
        Created event = create("/api/articles", object().add("type", "event")
                .add("title", unique("LD event")).add("status", "public")
                .add("summary", "Short").add("body", "<p>Long</p>")
                .add("relatedEntities", array(organizer.id(), hidden.id()))
                .add("event", object().add("start", "2031-03-30T09:00:00+02:00")
                        .add("end", "2031-03-30T17:30:00+02:00")
                        .add("timeZone", "Europe/Luxembourg").add("attendance", "hybrid")
                        .add("venue", "Hall 1").add("city", "Esch").add("country", "LU")
                        .add("registrationUrl", "https://register.example.org")).build());

        JsonObject ld = expand(LinkedData.read(event.location()).body());

        assertEquals(List.of("Event"), types(ld));
        assertEquals(Optional.of(event.json().getString("title")), value(ld, "name"));
        assertEquals(Optional.of("<p>Long</p>"), value(ld, "description"));
        assertEquals(Optional.of("Short"), value(ld, "disambiguatingDescription"));
        assertEquals(Optional.of("2031-03-30T09:00:00+02:00"), value(ld, "startDate"));
        assertEquals(Optional.of("2031-03-30T17:30:00+02:00"), value(ld, "endDate"));
        assertEquals(Optional.of("Europe/Luxembourg"), value(node(ld, "eventSchedule"),
                "scheduleTimezone"));
        assertEquals(Optional.of(LinkedData.SCHEMA + "MixedEventAttendanceMode"),
                value(ld, "eventAttendanceMode"));
        JsonObject place = node(ld, "location");
        assertEquals(Optional.of("Hall 1"), value(place, "name"));
        assertEquals(Optional.of("Esch"), value(node(place, "address"), "addressLocality"));
        assertEquals(Optional.of("https://register.example.org"), value(node(ld, "offers"),
                "url"));
        assertEquals(List.of(organizer.location()), nodes(ld, "organizer").stream()
                .map(o -> o.getString("@id")).toList());
    }

    @Test
    void draftsAndInactiveEntitiesAreNotFoundAsInJson() {
        Created draft = create("/api/articles", object().add("type", "news")
                .add("title", unique("LD draft")).add("status", "draft").build());
        Created inactive = createEntity(unique("LD inactive"), object().add("status",
                "inactive"));

        for (String url : List.of(draft.location(), inactive.location())) {
            JsonObject json = assertProblem(Node.get(url), 404, "not-found");
            JsonObject ld = assertProblem(LinkedData.get(url, ANONYMOUS, LD_JSON), 404,
                    "not-found");
            assertEquals(json.getString("detail"), ld.getString("detail"));
            assertProblem(LinkedData.get(url, ADMIN, LD_JSON), 404, "not-found");
        }
    }

    @Test
    void aMediaTypeTheApiDoesNotWriteIsNotAcceptable() {
        Created entity = createEntity(unique("LD xml"), null);

        assertProblem(LinkedData.get(entity.location(), ANONYMOUS, "application/xml"), 406,
                "not-acceptable");
        assertProblem(LinkedData.get("/api/articles", ANONYMOUS, "text/turtle"), 406,
                "not-acceptable");
    }

    @Test
    void aTaxonomyValueIsADefinedTermNamedInEachOfItsLanguages() {
        Created taxonomy = create("/api/taxonomies", object().add("code", uniqueCode("it-ld"))
                .add("labels", object().add("en", "LD taxonomy"))
                .add("appliesTo", array("entity")).build());
        Created value = create(taxonomy.location() + "/values", object().add("code", "CY")
                .add("labels", object().add("en", "Cybersecurity").add("fr", "Cybersécurité")
                        .add("de", "Cybersicherheit")).build());

        Reply reply = LinkedData.read(value.location());
        JsonObject term = expand(reply.body());

        assertEquals(List.of("DefinedTerm"), types(term));
        assertEquals(value.location(), term.getString("@id"));
        assertEquals(Optional.of("CY"), value(term, "termCode"));
        assertEquals(Optional.of(taxonomy.location()), value(term, "inDefinedTermSet"));
        assertEquals(Map.of("de", "Cybersicherheit", "en", "Cybersecurity",
                "fr", "Cybersécurité"), LinkedData.byLanguage(term, "name"));
        assertTrue(Node.get(value.location()).contentType().startsWith("application/json"));
    }

    @Test
    void keptListAnswersGoOnlyToClientsOfTheirMediaType() {
        String name = unique("LD cached");
        createEntity(name + " A", null);
        createEntity(name + " B", null);
        String list = "/api/entities?size=1&q=" + encode(name);

        for (int round = 0; round < 3; round++) {
            Reply json = Node.get(list);
            assertEquals(200, json.status(), json::toString);
            assertTrue(json.contentType().startsWith("application/json"), json::toString);
            assertEquals(2, json.object().getInt("total"), json::toString);
            assertFalse(json.body().contains("@context"), json::toString);

            Reply ld = LinkedData.get(list, ANONYMOUS, LD_JSON);
            assertEquals(200, ld.status(), ld::toString);
            assertTrue(ld.contentType().startsWith(LD_JSON), ld::toString);
            JsonObject itemList = expand(ld.body());
            assertEquals(List.of("ItemList"), types(itemList));
            assertEquals(Optional.of("2"), value(itemList, "numberOfItems"));
            JsonObject first = node(node(itemList, "itemListElement"), "item");
            assertEquals(Optional.of(name + " A"), value(first, "name"));
            String next = ld.header("Link").orElseThrow(() -> new AssertionError(ld));
            assertTrue(next.contains("rel=\"next\""), next);

            Reply second = LinkedData.get(next.substring(next.indexOf('<') + 1,
                    next.indexOf('>')), ANONYMOUS, LD_JSON);
            JsonObject secondItem = node(node(expand(second.body()), "itemListElement"),
                    "item");
            assertEquals(Optional.of(name + " B"), value(secondItem, "name"));
        }
    }
}
