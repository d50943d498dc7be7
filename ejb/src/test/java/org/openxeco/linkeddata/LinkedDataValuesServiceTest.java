package org.openxeco.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.EmploymentType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * Every value of an imported schema.org object that cannot be understood is refused naming
 * its property, all at once, and nothing is created; the alternative names of a title and
 * the words schema.org suggests are understood.
 */
class LinkedDataValuesServiceTest {

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aJobPostingWithAnUnknownDateOrContractIsRefusedWithBoth() {
        String title = Fixtures.unique("Bad job");
        JsonObject job = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "JobPosting").add("title", title)
                .add("datePosted", "not-a-date").add("employmentType", "SLAVE")
                .add("hiringOrganization", "Some company")
                .add("jobLocation", "Luxembourg").build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(job)));

        assertEquals(List.of("datePosted", "employmentType", "hiringOrganization",
                "jobLocation"), fields(e));
        assertTrue(message(e, "employmentType").contains("FULL_TIME"),
                message(e, "employmentType"));
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void aJobPostingNamedByItsTitleWithAPostalAddressIsUnderstood() {
        String title = Fixtures.unique("Titled job");
        JsonObject job = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "JobPosting").add("title", title)
                .add("datePosted", "2026-03-02").add("employmentType", "part_time")
                .add("jobLocation", Json.createObjectBuilder().add("@type", "Place")
                        .add("address", Json.createObjectBuilder().add("@type", "PostalAddress")
                                .add("addressLocality", "Esch").add("addressCountry", "LU")))
                .build();

        Article created = node.asAdmin(() -> node.linkedDataImport.createArticle(job));

        assertEquals(title, created.getTitle());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), created.getPublishedAt());
        assertEquals(EmploymentType.PART_TIME, created.getJob().get().getEmploymentType());
        assertEquals("Esch, LU", created.getJob().get().getLocation());
    }

    @Test
    void aTitleTooLongIsNamedByThePropertyThatGaveIt() {
        JsonObject news = Json.createObjectBuilder().add("@type", "NewsArticle")
                .add("headline", "x".repeat(501)).build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(news)));

        assertEquals(List.of("headline"), fields(e));
    }

    @Test
    void anEventWithAnUnknownModeOrAPlaceAsTextIsRefusedWithEach() {
        String name = Fixtures.unique("Bad event");
        JsonObject event = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "Event").add("name", name).add("startDate", "2026-05-04")
                .add("eventAttendanceMode", "https://schema.org/TelepathicAttendanceMode")
                .add("location", Json.createObjectBuilder().add("@type", "Place")
                        .add("name", Json.createArrayBuilder().add(Json.createArrayBuilder()))
                        .add("address", "12 rue Haute, Luxembourg"))
                .add("offers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://a.example.org")).add(Json.createObjectBuilder()
                        .add("url", "https://b.example.org")))
                .add("organizer", Json.createArrayBuilder().add("https://x.example.org/e/1"))
                .add("keywords", "security, privacy").build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createArticle(event)));

        assertEquals(List.of("eventAttendanceMode", "keywords", "location.address",
                "location.name[0]", "offers", "organizer[0]"), fields(e));
        assertEquals(0, articlesTitled(name));
    }

    @Test
    void anOrganizationWithAnAddressAsTextAndBadListsIsRefusedWithEach() {
        String name = Fixtures.unique("Bad org");
        JsonObject org = Json.createObjectBuilder().add("@context", "https://schema.org/")
                .add("@type", "Corporation").add("name", name)
                .add("address", "12 rue Haute, Luxembourg")
                .add("url", Json.createArrayBuilder().add("ftp://files.example.org"))
                .add("sameAs", Json.createArrayBuilder().add("https://ok.example.org")
                        .add("mailto:x@example.org"))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("propertyID", "lei")).add(12))
                .add("telephone", Json.createObjectBuilder().add("number", "123")).build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(org)));

        assertEquals(List.of("address", "identifier[0].value", "identifier[1]", "sameAs[1]",
                "telephone", "url[0]"), fields(e));
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void aWebsiteErrorNamesThePropertyItCameFrom() {
        JsonObject org = Json.createObjectBuilder().add("@type", "Organization")
                .add("name", Fixtures.unique("Sites")).add("sameAs", "ftp://one.example.org")
                .build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.linkedDataImport.createEntity(org)));

        assertEquals(List.of("sameAs"), fields(e));
        Organisation ok = node.asAdmin(() -> node.linkedDataImport.createEntity(Json
                .createObjectBuilder(org).add("url", "https://one.example.org")
                .add("sameAs", Json.createArrayBuilder().add("https://two.example.org"))
                .build()));
        assertEquals(List.of("https://one.example.org", "https://two.example.org"),
                ok.getWebsites());
    }

    private long articlesTitled(String title) {
        return count("select count(a) from Article a where a.title = :t", title);
    }

    private long entitiesNamed(String name) {
        return count("select count(o) from Organisation o where o.name = :t", name);
    }

    private long count(String query, String value) {
        return node.asAdmin(() -> node.entityManager().createQuery(query, Long.class)
                .setParameter("t", value).getSingleResult());
    }

    private static String message(InvalidInputException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).findFirst()
                .map(FieldError::message).orElseThrow();
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).sorted().toList();
    }
}
