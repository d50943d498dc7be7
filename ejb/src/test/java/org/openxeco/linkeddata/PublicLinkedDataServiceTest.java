package org.openxeco.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** The public schema.org JSON-LD of every type, and that nothing but public objects shows. */
class PublicLinkedDataServiceTest {

    static final Instant PAST = Instant.parse("2025-05-04T07:30:00Z");

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
    void everyKindOfEntityIsItsOrganizationTypeWithItsFields() {
        Map<OrganisationKind, String> expected = Map.of(OrganisationKind.COMPANY, "Corporation",
                OrganisationKind.PUBLIC_BODY, "GovernmentOrganization", OrganisationKind.NGO,
                "NGO", OrganisationKind.ACADEMIC, "EducationalOrganization",
                OrganisationKind.OTHER, "Organization");
        for (var kind : expected.entrySet()) {
            Organisation data = Fixtures.organisation(Fixtures.unique("Kind"), "LU");
            data.setKind(kind.getKey());
            data.setDescription("<p>What we do</p>");
            data.setWebsites(List.of("https://one.example.org", "https://two.example.org"));
            Organisation o = admin(() -> node.organisations.create(data, List.of()));

            JsonObject json = visitor(() -> node.linkedData.entity(o.getUuid())).json();

            assertEquals("https://schema.org/", json.getString("@context"));
            assertEquals(kind.getValue(), json.getString("@type"));
            assertEquals(node.uris.entity(o.getUuid()), json.getString("@id"));
            assertEquals(o.getName(), json.getString("name"));
            assertEquals("<p>What we do</p>", json.getString("description"));
            assertEquals("https://one.example.org", json.getString("url"));
            assertEquals(List.of("https://two.example.org"), strings(json, "sameAs"));
            JsonObject address = json.getJsonArray("address").getJsonObject(0);
            assertEquals("1 Main Street", address.getString("streetAddress"));
            assertEquals("1234", address.getString("postalCode"));
            assertEquals("Town", address.getString("addressLocality"));
            assertEquals("LU", address.getString("addressCountry"));
        }
    }

    @Test
    void inactiveEntitiesAndUnpublishedArticlesAreNotFoundEvenForAdministrators() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Hidden"), "LU");
        data.setStatus(OrganisationStatus.INACTIVE);
        Organisation hidden = admin(() -> node.organisations.create(data, List.of()));
        Article draft = article(ArticleType.NEWS, ArticleStatus.DRAFT, PAST, ArticleReferences.none());
        Article scheduled = article(ArticleType.NEWS, ArticleStatus.PUBLIC,
                Instant.now().plusSeconds(86_400), ArticleReferences.none());

        assertThrows(NotFoundException.class, () -> admin(() -> node.linkedData.entity(
                hidden.getUuid())));
        assertThrows(NotFoundException.class, () -> admin(() -> node.linkedData.article(
                draft.getUuid())));
        assertThrows(NotFoundException.class, () -> visitor(() -> node.linkedData.article(
                scheduled.getUuid())));
        assertThrows(NotFoundException.class, () -> visitor(() -> node.linkedData.entity(
                UUID.randomUUID())));
    }

    @Test
    void listsAskedForObjectsThatAreNotPublicAreEmpty() {
        // One of each, so that a list ignoring the status asked for would not be empty.
        article(ArticleType.NEWS, ArticleStatus.ARCHIVED, PAST, ArticleReferences.none());
        article(ArticleType.NEWS, ArticleStatus.PUBLIC, PAST, ArticleReferences.none());
        org.openxeco.kernel.PageRequest page = new org.openxeco.kernel.PageRequest(
                Optional.empty(), 100);
        for (ArticleStatus status : List.of(ArticleStatus.ARCHIVED, ArticleStatus.DRAFT)) {
            JsonObject list = admin(() -> node.linkedData.articles(new org.openxeco.content
                    .ArticleFilter(Optional.of(ArticleType.NEWS), Optional.of(status),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), org.openxeco.content.ArticleSort
                    .PUBLISHED_DESC, page)).list();
            assertEquals(0, list.getInt("numberOfItems"), status.name());
            assertEquals(0, list.getJsonArray("itemListElement").size());
        }
        JsonObject inactive = admin(() -> node.linkedData.entities(new org.openxeco.directory
                .OrganisationFilter(Optional.empty(), Optional.empty(),
                Optional.of(OrganisationStatus.INACTIVE), Optional.empty(), List.of()),
                org.openxeco.directory.OrganisationSort.NAME, page)).list();
        assertEquals(0, inactive.getInt("numberOfItems"));
    }

    @Test
    void articlesOfEveryTypeReferToPublicEntitiesOnly() {
        Organisation shown = entity("Shown", OrganisationStatus.ACTIVE);
        Organisation hidden = entity("Hidden", OrganisationStatus.INACTIVE);
        Map<ArticleType, String> types = Map.of(ArticleType.NEWS, "NewsArticle",
                ArticleType.EVENT, "Event", ArticleType.JOB_OFFER, "JobPosting",
                ArticleType.SERVICE, "Service", ArticleType.TOOL, "SoftwareApplication");
        for (var type : types.entrySet()) {
            Article a = article(type.getKey(), ArticleStatus.PUBLIC, PAST, new ArticleReferences(
                    List.of(), List.of(shown.getUuid(), hidden.getUuid()), Optional.empty(),
                    Optional.empty()));

            JsonObject json = visitor(() -> node.linkedData.article(a.getUuid())).json();

            assertEquals(type.getValue(), json.getString("@type"));
            assertEquals(node.uris.article(a.getUuid()), json.getString("@id"));
            assertEquals(a.getTitle(), json.getString("name"));
            String role = type.getKey() == ArticleType.EVENT ? "organizer" : "about";
            assertEquals(List.of(node.uris.entity(shown.getUuid())), json.getJsonArray(role)
                    .getValuesAs(JsonObject.class).stream().map(r -> r.getString("@id")).toList());
        }
    }

    @Test
    void anEventIsWrittenInItsOwnTimeZone() {
        Article data = Fixtures.event(Fixtures.unique("Zone"), Instant.parse(
                "2026-03-10T08:00:00Z"), ArticleStatus.PUBLIC);
        data.getEvent().get().setTimeZone("America/New_York");
        data.setPublishedAt(PAST);
        Article event = admin(() -> node.articles.create(data, ArticleReferences.none()));

        JsonObject json = visitor(() -> node.linkedData.article(event.getUuid())).json();

        assertEquals("2026-03-10T04:00:00-04:00", json.getString("startDate"));
        assertEquals("2026-03-10T05:00:00-04:00", json.getString("endDate"));
        assertEquals("America/New_York", json.getJsonObject("eventSchedule")
                .getString("scheduleTimezone"));
    }

    @Test
    void aJobOfferNamesItsPublicHiringEntityAndAToolItsProvider() {
        Organisation hirer = entity("Hirer", OrganisationStatus.ACTIVE);
        Organisation hiddenProvider = entity("Provider", OrganisationStatus.INACTIVE);
        Article job = new Article(ArticleType.JOB_OFFER);
        job.setTitle(Fixtures.unique("Job"));
        job.setStatus(ArticleStatus.PUBLIC);
        job.setPublishedAt(PAST);
        JobDetails details = new JobDetails();
        details.setEmploymentType(EmploymentType.INTERNSHIP);
        details.setClosingDate(LocalDate.of(2026, 12, 31));
        details.setLocation("Esch-sur-Alzette");
        job.setJob(details);
        Article posted = admin(() -> node.articles.create(job, new ArticleReferences(List.of(),
                List.of(), Optional.of(hirer.getUuid()), Optional.empty())));
        Article tool = new Article(ArticleType.TOOL);
        tool.setTitle(Fixtures.unique("Tool"));
        tool.setStatus(ArticleStatus.PUBLIC);
        tool.setPublishedAt(PAST);
        OfferingDetails offering = new OfferingDetails();
        offering.setUrl("https://tool.example.org");
        tool.setOffering(offering);
        Article offered = admin(() -> node.articles.create(tool, new ArticleReferences(List.of(),
                List.of(), Optional.empty(), Optional.of(hiddenProvider.getUuid()))));

        JsonObject jobJson = visitor(() -> node.linkedData.article(posted.getUuid())).json();
        JsonObject toolJson = visitor(() -> node.linkedData.article(offered.getUuid())).json();

        assertEquals(node.uris.entity(hirer.getUuid()), jobJson.getJsonObject(
                "hiringOrganization").getString("@id"));
        assertEquals(posted.getTitle(), jobJson.getString("title"));
        assertEquals(posted.getTitle(), jobJson.getString("name"));
        assertEquals("INTERN", jobJson.getString("employmentType"));
        assertEquals("2026-12-31", jobJson.getString("validThrough"));
        assertEquals("Esch-sur-Alzette", jobJson.getJsonObject("jobLocation")
                .getString("address"));
        assertEquals("https://tool.example.org", toolJson.getString("url"));
        assertFalse(toolJson.containsKey("provider"));
    }

    @Test
    void aTaxonomyValueIsADefinedTermNamedInEveryLanguage() {
        TaxonomyScheme scheme = admin(() -> node.taxonomies.createScheme(Fixtures.scheme(
                "ld-" + UUID.randomUUID().toString().substring(0, 6), ObjectType.ENTITY)));
        TaxonomyValue data = new TaxonomyValue(scheme, "SEC");
        data.setLabels(Map.of("en", "Security", "fr", "Sécurité", "de", "Sicherheit"));
        TaxonomyValue value = admin(() -> node.taxonomies.createValue(scheme.getUuid(), data,
                null));

        JsonObject json = visitor(() -> node.linkedData.term(scheme.getUuid(),
                value.getUuid())).json();

        assertEquals("DefinedTerm", json.getString("@type"));
        assertEquals(node.uris.taxonomyValue(scheme.getUuid(), value.getUuid()),
                json.getString("@id"));
        assertEquals("SEC", json.getString("termCode"));
        assertEquals(node.uris.taxonomy(scheme.getUuid()), json.getString("inDefinedTermSet"));
        assertEquals(Map.of("de", "Sicherheit", "en", "Security", "fr", "Sécurité"),
                json.getJsonArray("name").getValuesAs(JsonObject.class).stream().collect(
                        java.util.stream.Collectors.toMap(n -> n.getString("@language"),
                                n -> n.getString("@value"))));
    }

    @Test
    void scriptTextCannotCloseTheElementAndMeansTheSame() {
        JsonObject json = Json.createObjectBuilder().add("name", "</script><!-- & >").build();

        String script = PublicLinkedData.script(json);

        assertFalse(script.contains("<"));
        assertFalse(script.contains(">"));
        assertTrue(script.contains("\\u003c/script\\u003e"));
        assertEquals(json, Json.createReader(new StringReader(script)).readObject());
    }

    private static Organisation entity(String name, OrganisationStatus status) {
        Organisation data = Fixtures.organisation(Fixtures.unique(name), "LU");
        data.setStatus(status);
        return admin(() -> node.organisations.create(data, List.of()));
    }

    private static Article article(ArticleType type, ArticleStatus status, Instant published,
            ArticleReferences references) {
        Article data = type == ArticleType.EVENT ? Fixtures.event("", PAST, status)
                : new Article(type);
        data.setTitle(Fixtures.unique(type.name()));
        data.setStatus(status);
        data.setPublishedAt(published);
        return admin(() -> node.articles.create(data, references));
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static <T> T admin(java.util.concurrent.Callable<T> work) {
        return node.asAdmin(work);
    }

    private static <T> T visitor(java.util.concurrent.Callable<T> work) {
        return node.asVisitor(work);
    }
}
