package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.openxeco.network.catalogue.CatalogueWire.assertCommon;
import static org.openxeco.network.catalogue.CatalogueWire.byName;
import static org.openxeco.network.catalogue.CatalogueWire.objects;
import static org.openxeco.network.catalogue.CatalogueWire.read;
import static org.openxeco.network.catalogue.CatalogueWire.reference;
import static org.openxeco.network.catalogue.CatalogueWire.served;
import static org.openxeco.network.catalogue.CatalogueWire.texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.testing.Fixtures;

/**
 * Articles of every type as the catalogue serves them, read back with JSON-P and with
 * {@link CatalogueReader}.
 */
class ArticleJsonLdServiceTest {

    private static CatalogueTesting node;

    @BeforeAll
    static void start() {
        node = new CatalogueTesting();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void newsIsANewsArticleWithBodyLinksAndOnlyPublicRelatedEntities() {
        Organisation related = node.entity(CatalogueTesting.marker("Related"));
        Organisation hidden = node.entity(CatalogueTesting.marker("Hidden"),
                OrganisationStatus.INACTIVE, null);
        Article data = new Article(ArticleType.NEWS);
        data.setTitle(CatalogueTesting.marker("Breaking"));
        data.setSummary("Short summary");
        data.setBody("<p>Long <i>body</i></p>");
        data.setStatus(ArticleStatus.PUBLIC);
        data.setPublishedAt(CatalogueTesting.PAST);
        data.setLinks(List.of(new ArticleLink("website", "https://news.example.org", "Site")));
        Article news = create(data, List.of(related.getUuid(), hidden.getUuid()),
                Optional.empty(), Optional.empty());

        JsonObject json = served(node.articles(byName(news.getTitle())), node.uri(news));
        assertCommon(json, "NewsArticle", node.uri(news), news.getUuid(), news.getUpdated(),
                news.getChangeSeq(), false);
        assertEquals(news.getTitle(), json.getString("headline"));
        assertEquals(news.getTitle(), json.getString("name"));
        assertEquals(news.getSlug(), json.getString("alternateName"));
        assertEquals("Short summary", json.getString("description"));
        assertEquals(news.getBody(), json.getString("articleBody"));
        assertEquals(CatalogueTesting.PAST.toString(), json.getString("datePublished"));
        assertEquals(Map.of("@type", "LinkRole", "linkRelationship", "website", "url",
                "https://news.example.org", "name", "Site"),
                texts(json.getJsonArray("relatedLink").getJsonObject(0)));
        assertEquals(List.of(reference(node, related)), objects(json.getJsonArray("about")));
        assertFalse(json.toString().contains(hidden.getUuid().toString()));

        CatalogueItem item = read(node.articles(byName(news.getTitle())), node.uri(news));
        assertEquals("NewsArticle", item.type());
        assertEquals(news.getTitle(), item.name());
        assertEquals("Short summary", item.description());
    }

    @Test
    void anEventGivesItsTimesInItsOwnZoneWithPlaceAttendanceAndOrganizer() {
        Organisation organizer = node.entity(CatalogueTesting.marker("Organizer"));
        Article data = Fixtures.event(CatalogueTesting.marker("Summit"), CatalogueTesting.PAST,
                ArticleStatus.PUBLIC);
        data.setPublishedAt(CatalogueTesting.PAST);
        data.setSummary("A summit");
        data.setBody("<p>Two days of talks</p>");
        EventDetails event = data.getEvent().orElseThrow();
        event.setAttendance(Attendance.HYBRID);
        event.setVenue("Hall A");
        event.setCity("Luxembourg");
        event.setCountryCode("LU");
        event.setRegistrationUrl("https://summit.example.org/register");
        Article saved = create(data, List.of(organizer.getUuid()), Optional.empty(),
                Optional.empty());

        JsonObject json = served(node.articles(byName(saved.getTitle())), node.uri(saved));
        assertCommon(json, "Event", node.uri(saved), saved.getUuid(), saved.getUpdated(),
                saved.getChangeSeq(), false);
        assertEquals("2025-05-04T09:30:00+02:00", json.getString("startDate"));
        assertEquals("2025-05-04T10:30:00+02:00", json.getString("endDate"));
        assertEquals("Europe/Luxembourg", json.getJsonObject("eventSchedule")
                .getString("scheduleTimezone"));
        assertEquals("https://schema.org/MixedEventAttendanceMode",
                json.getString("eventAttendanceMode"));
        JsonObject location = json.getJsonObject("location");
        assertEquals("Place", location.getString("@type"));
        assertEquals("Hall A", location.getString("name"));
        assertEquals(Map.of("@type", "PostalAddress", "addressLocality", "Luxembourg",
                "addressCountry", "LU"), texts(location.getJsonObject("address")));
        assertEquals("https://summit.example.org/register", json.getJsonObject("offers")
                .getString("url"));
        assertEquals(List.of(reference(node, organizer)), objects(json.getJsonArray("organizer")));
        assertEquals(saved.getBody(), json.getString("description"));
        assertEquals("A summit", json.getString("disambiguatingDescription"));

        CatalogueItem item = read(node.articles(byName(saved.getTitle())), node.uri(saved));
        assertEquals("Two days of talks", item.description());
    }

    @Test
    void anAllDayEventGivesItsFirstAndLastDayInItsZone() {
        Article data = Fixtures.event(CatalogueTesting.marker("Fair"),
                Instant.parse("2025-06-10T04:00:00Z"), ArticleStatus.PUBLIC);
        data.setPublishedAt(CatalogueTesting.PAST);
        EventDetails event = data.getEvent().orElseThrow();
        event.setTimeZone("America/New_York");
        event.setAllDay(true);
        event.setEnd(Instant.parse("2025-06-12T04:00:00Z"));
        Article saved = create(data, List.of(), Optional.empty(), Optional.empty());

        JsonObject json = served(node.articles(byName(saved.getTitle())), node.uri(saved));
        assertEquals("2025-06-10", json.getString("startDate"));
        assertEquals("2025-06-11", json.getString("endDate"));
        assertEquals("America/New_York", json.getJsonObject("eventSchedule")
                .getString("scheduleTimezone"));
    }

    @Test
    void aJobOfferIsAJobPostingWithItsHiringOrganization() {
        Organisation employer = node.entity(CatalogueTesting.marker("Employer"));
        Article data = new Article(ArticleType.JOB_OFFER);
        data.setTitle(CatalogueTesting.marker("Analyst"));
        data.setStatus(ArticleStatus.PUBLIC);
        data.setPublishedAt(CatalogueTesting.PAST);
        JobDetails job = new JobDetails();
        job.setEmploymentType(EmploymentType.CONTRACT);
        job.setLocation("Esch-sur-Alzette");
        job.setClosingDate(LocalDate.of(2025, 6, 30));
        data.setJob(job);
        Article saved = create(data, List.of(), Optional.of(employer.getUuid()),
                Optional.empty());

        JsonObject json = served(node.articles(byName(saved.getTitle())), node.uri(saved));
        assertCommon(json, "JobPosting", node.uri(saved), saved.getUuid(), saved.getUpdated(),
                saved.getChangeSeq(), false);
        assertEquals(reference(node, employer), json.getJsonObject("hiringOrganization"));
        assertEquals(CatalogueTesting.PAST.toString(), json.getString("datePosted"));
        assertEquals("2025-06-30", json.getString("validThrough"));
        assertEquals("CONTRACTOR", json.getString("employmentType"));
        assertEquals(Map.of("@type", "Place", "address", "Esch-sur-Alzette"),
                texts(json.getJsonObject("jobLocation")));
        assertEquals("JobPosting", read(node.articles(byName(saved.getTitle())),
                node.uri(saved)).type());
    }

    @Test
    void servicesAndToolsNameTheirProviderAndAddress() {
        Organisation provider = node.entity(CatalogueTesting.marker("Provider"));
        for (ArticleType type : List.of(ArticleType.SERVICE, ArticleType.TOOL)) {
            Article data = new Article(type);
            data.setTitle(CatalogueTesting.marker("Offer"));
            data.setStatus(ArticleStatus.PUBLIC);
            data.setPublishedAt(CatalogueTesting.PAST);
            data.setSummary("Offered");
            data.setBody("<p>Details</p>");
            OfferingDetails offering = new OfferingDetails();
            offering.setUrl("https://offer.example.org");
            data.setOffering(offering);
            Article saved = create(data, List.of(), Optional.empty(),
                    Optional.of(provider.getUuid()));

            JsonObject json = served(node.articles(byName(saved.getTitle())), node.uri(saved));
            String expected = type == ArticleType.SERVICE ? "Service" : "SoftwareApplication";
            assertCommon(json, expected, node.uri(saved), saved.getUuid(), saved.getUpdated(),
                    saved.getChangeSeq(), false);
            assertEquals(reference(node, provider), json.getJsonObject("provider"));
            assertEquals("https://offer.example.org", json.getString("url"));
            assertEquals(type == ArticleType.TOOL ? "Offered" : saved.getBody(),
                    json.getString("description"));
            assertEquals(saved.getBody(), type == ArticleType.TOOL ? json.getString("text")
                    : json.getString("description"));
            CatalogueItem item = read(node.articles(byName(saved.getTitle())), node.uri(saved));
            assertEquals(expected, item.type());
        }
    }


    private static Article create(Article data, List<UUID> related, Optional<UUID> hiring,
            Optional<UUID> provider) {
        return node.admin(() -> node.services.articles.create(data,
                new ArticleReferences(List.of(), related, hiring, provider)));
    }
}
