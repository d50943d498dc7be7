package org.openxeco.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** An exported object imported again gives the same export; broken input names the property. */
class LinkedDataImportServiceTest {

    /** What differs between two objects of the same content: identity and change stamps. */
    private static final Set<String> IDENTITY = Set.of("@id", "identifier", "dateModified",
            "version", "alternateName");

    private static Services node;
    private static TaxonomyValue tag;

    @BeforeAll
    static void start() {
        node = new Services();
        TaxonomyScheme scheme = node.asAdmin(() -> node.taxonomies.createScheme(Fixtures.scheme(
                "ldi-" + UUID.randomUUID().toString().substring(0, 6), ObjectType.ENTITY,
                ObjectType.EVENT)));
        TaxonomyValue data = new TaxonomyValue(scheme, "AI");
        data.setLabels(Map.of("en", "Artificial intelligence", "fr", "Intelligence artificielle"));
        tag = node.asAdmin(() -> node.taxonomies.createValue(scheme.getUuid(), data, null));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anExportedEntityImportsAsANewEntityWithTheSameFields() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Round"), "LU");
        data.setDescription("<p>Round <b>trip</b></p>");
        data.setEmail("info@round.example.org");
        data.setWebsites(List.of("https://round.example.org"));
        Organisation original = node.asAdmin(() -> node.organisations.create(data,
                List.of(tag.getUuid())));
        JsonObject exported = node.asVisitor(() -> node.linkedData.entity(original.getUuid())).json();

        Organisation imported = node.asAdmin(() -> node.linkedDataImport.createEntity(
                exported));
        JsonObject again = node.asVisitor(() -> node.linkedData.entity(imported.getUuid())).json();

        assertNotEquals(original.getUuid(), imported.getUuid());
        assertSameContent(exported, again);
    }

    @Test
    void anExportedEventImportsWithItsZoneOrganizerAndTags() {
        Organisation organizer = node.asAdmin(() -> node.organisations.create(
                Fixtures.organisation(Fixtures.unique("Organizer"), "LU"), List.of()));
        Article data = Fixtures.event(Fixtures.unique("Round event"),
                Instant.parse("2026-06-01T07:00:00Z"), ArticleStatus.PUBLIC);
        data.getEvent().get().setTimeZone("Asia/Tokyo");
        data.getEvent().get().setCity("Tokyo");
        data.setBody("<p>Body</p>");
        data.setSummary("Summary");
        data.setPublishedAt(Instant.parse("2025-01-01T00:00:00Z"));
        Article original = node.asAdmin(() -> node.articles.create(data, new ArticleReferences(
                List.of(tag.getUuid()), List.of(organizer.getUuid()), java.util.Optional.empty(),
                java.util.Optional.empty())));
        JsonObject exported = node.asVisitor(() -> node.linkedData.article(original.getUuid())).json();

        Article imported = node.asAdmin(() -> node.linkedDataImport.createArticle(exported));
        JsonObject again = node.asVisitor(() -> node.linkedData.article(imported.getUuid())).json();

        assertEquals("2026-06-01T16:00:00+09:00", again.getString("startDate"));
        assertSameContent(exported, again);
    }

    @Test
    void anAllDayEventKeepsItsDaysInItsZone() {
        Article data = Fixtures.event(Fixtures.unique("All day"),
                Instant.parse("2026-09-09T22:00:00Z"), ArticleStatus.PUBLIC);
        data.getEvent().get().setAllDay(true);
        data.getEvent().get().setEnd(Instant.parse("2026-09-11T22:00:00Z"));
        data.getEvent().get().setTimeZone("Europe/Berlin");
        data.setPublishedAt(Instant.parse("2025-01-01T00:00:00Z"));
        Article original = node.asAdmin(() -> node.articles.create(data,
                ArticleReferences.none()));
        JsonObject exported = node.asVisitor(() -> node.linkedData.article(
                original.getUuid())).json();

        Article imported = node.asAdmin(() -> node.linkedDataImport.createArticle(exported));
        JsonObject again = node.asVisitor(() -> node.linkedData.article(
                imported.getUuid())).json();

        assertEquals("2026-09-10", again.getString("startDate"));
        assertEquals("2026-09-11", again.getString("endDate"));
        assertSameContent(exported, again);
    }

    @Test
    void brokenDatesZoneTagsAndReferencesAreNamedByProperty() {
        JsonObject event = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "Event").add("name", "Broken")
                .add("startDate", "tomorrow").add("endDate", "2026-13-01T00:00:00Z")
                .add("eventSchedule", Json.createObjectBuilder().add("scheduleTimezone", "Mars/Base"))
                .build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(event)));

        assertEquals(List.of("endDate", "eventSchedule.scheduleTimezone", "startDate"),
                fields(e));

        JsonObject references = Json.createObjectBuilder(event).add("startDate", "2026-01-01")
                .add("endDate", "2026-01-02").remove("eventSchedule")
                .add("organizer", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@id", "https://elsewhere.example.org/api/entities/x")))
                .add("keywords", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "DefinedTerm").add("@id", "urn:unknown:concept")))
                .build();
        e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(references)));
        assertEquals(List.of("keywords[0]", "organizer[0]"), fields(e));
    }

    @Test
    void theServicesOwnValidationIsReportedUnderSchemaOrgNames() {
        JsonObjectBuilder entity = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "Corporation").add("name", " ")
                .add("address", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "PostalAddress").add("addressCountry", "Luxembourg")));

        JsonObject built = entity.build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(built)));

        assertEquals(List.of("address[0].addressCountry", "name"), fields(e));
        InvalidInputException notAnEntity = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(Json
                        .createObjectBuilder().add("@type", "Event").add("name", "x").build())));
        assertEquals(List.of("@type"), fields(notAnEntity));
        InvalidInputException otherContext = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(Json
                        .createObjectBuilder(built).add("@context", "https://example.org/")
                        .add("name", "x").remove("address").build())));
        assertEquals(List.of("@context"), fields(otherContext));
    }

    @Test
    void everyProblemOfAnArticleIsReportedAtOnce() {
        JsonObject event = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "Event").add("name", " ").add("startDate", "tomorrow")
                .add("endDate", "2026-05-04T10:00:00+02:00")
                .add("eventSchedule", Json.createObjectBuilder().add("scheduleTimezone", "Mars/Base"))
                .add("location", Json.createObjectBuilder().add("address", Json.createObjectBuilder()
                        .add("addressCountry", "Luxembourg")))
                .add("keywords", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "DefinedTerm").add("@id", "urn:unknown:concept")))
                .build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(event)));

        assertEquals(List.of("eventSchedule.scheduleTimezone", "keywords[0]",
                "location.address.addressCountry", "name", "startDate"), fields(e));
    }

    @Test
    void everyProblemOfAnEntityIsReportedAtOnce() {
        JsonObject entity = Json.createObjectBuilder().add("@context", "https://example.org/")
                .add("@type", "Corporation").add("name", " ")
                .add("address", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "PostalAddress").add("addressCountry", "Luxembourg")))
                .add("keywords", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("@type", "DefinedTerm").add("@id", "urn:unknown:concept")))
                .build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(entity)));

        assertEquals(List.of("@context", "address[0].addressCountry", "keywords[0]", "name"),
                fields(e));
    }

    @Test
    void onlyAdministratorsImport() {
        JsonObject entity = Json.createObjectBuilder().add("@type", "Organization")
                .add("name", "Visitor's").build();

        assertThrows(NotAllowedException.class,
                () -> node.asVisitor(() -> node.linkedDataImport.createEntity(entity)));
    }

    private static void assertSameContent(JsonObject expected, JsonObject actual) {
        Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        keys.removeAll(IDENTITY);
        for (String key : keys) {
            assertEquals(expected.get(key), actual.get(key), key);
        }
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).sorted().toList();
    }
}
