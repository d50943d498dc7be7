package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.CsvFiles;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class ArticleCsvImportServiceTest {

    private static final List<String> HEADER = ArticleCsv.HEADER;
    private static final String TOPICS = "urn:openxeco:taxonomy:conference-topics/";

    private static Services node;
    private static Organisation employer;

    @BeforeAll
    static void start() {
        node = install(new Services());
        employer = node.asAdmin(() -> node.organisations.create(
                Fixtures.organisation(Fixtures.unique("Employer"), "LU"), List.of()));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void articlesOfEveryTypeSurviveATripToAnEmptyNodeWithTheirEntities() {
        try (Services origin = install(new Services())) {
            List<Article> stored = origin.asAdmin(() -> everyType(origin));
            byte[] entities = CsvFiles.entities(origin);
            byte[] articles = CsvFiles.articles(origin);

            try (Services copy = install(new Services())) {
                CsvReport entityReport = CsvFiles.importEntities(copy, entities,
                        ImportMode.ALL_OR_NOTHING);
                CsvReport report = CsvFiles.importArticles(copy, articles,
                        ImportMode.ALL_OR_NOTHING);

                assertEquals(2, entityReport.count(RowOutcome.CREATED), entityReport.toString());
                assertTrue(report.applied(), report.toString());
                assertEquals(stored.size(), report.count(RowOutcome.CREATED));
                assertEquals(CsvFiles.articleContent(articles),
                        CsvFiles.articleContent(CsvFiles.articles(copy)));
                for (Article original : stored) {
                    assertFieldsEqual(original, copy.asAdmin(() -> copy.articles.get(
                            original.getUuid())));
                }
                CsvReport again = CsvFiles.importArticles(copy, articles,
                        ImportMode.ROW_BY_ROW);
                assertEquals(stored.size(), again.count(RowOutcome.UNCHANGED), again.toString());
            }
        }
    }

    @Test
    void anUnknownHiringEntityOrTagRejectsTheRowNamingTheColumn() {
        String title = Fixtures.unique("Job");
        UUID nobody = UUID.randomUUID();
        byte[] file = CsvFiles.file(HEADER,
                Map.of("type", "JOB_OFFER", "title", title + " good",
                        "job_hiring_entity", employer.getUuid().toString(),
                        "job_employment_type", "full-time"),
                Map.of("type", "JOB_OFFER", "title", title + " nobody",
                        "job_hiring_entity", nobody.toString()),
                Map.of("type", "NEWS", "title", title + " tag", "tags", TOPICS + "no-such"),
                Map.of("type", "NEWS", "title", title + " wrong type",
                        "job_hiring_entity", employer.getUuid().toString()));

        CsvReport all = CsvFiles.importArticles(node, file, ImportMode.ALL_OR_NOTHING);
        assertFalse(all.applied());
        assertEquals(0, count(title));

        CsvReport rows = CsvFiles.importArticles(node, file, ImportMode.ROW_BY_ROW);
        for (CsvReport report : List.of(all, rows)) {
            assertEquals(List.of(
                    List.of(new FieldError("job_hiring_entity", "No entity " + nobody)),
                    List.of(new FieldError("tags", "No taxonomy value " + TOPICS + "no-such")),
                    List.of(new FieldError("job_hiring_entity",
                            "Only job offers have a hiring entity"))),
                    report.rejected().stream().map(RowResult::errors).toList());
            assertEquals(List.of(3, 4, 5), report.rejected().stream().map(RowResult::line)
                    .toList());
        }
        assertEquals(1, count(title));
        Article job = node.asAdmin(() -> node.articles.get(rows.rows().get(0).uuid()));
        assertEquals(EmploymentType.FULL_TIME, job.getJob().orElseThrow().getEmploymentType());
        assertEquals(employer.getUuid(), job.getJob().orElseThrow().getHiringEntity().getUuid());
    }

    @Test
    void eventRulesAndTakenSlugsAreTheServicesOwn() {
        String title = Fixtures.unique("Event");
        String slug = "taken-" + UUID.randomUUID();
        node.asAdmin(() -> {
            Article news = new Article(ArticleType.NEWS);
            news.setTitle(title + " first");
            news.setSlug(slug);
            return node.articles.create(news, ArticleReferences.none());
        });
        byte[] file = CsvFiles.file(HEADER,
                Map.of("type", "EVENT", "title", title + " a", "event_start",
                        "2031-05-02T10:00:00Z", "event_end", "2031-05-01T10:00:00Z",
                        "event_time_zone", "Mars/Olympus"),
                Map.of("type", "NEWS", "title", title + " b", "slug", slug),
                Map.of("type", "NEWS", "title", title + " c", "published_at", "yesterday"));

        CsvReport report = CsvFiles.importArticles(node, file, ImportMode.ROW_BY_ROW);

        assertEquals(List.of("event_end", "event_time_zone"), report.rows().get(0).errors()
                .stream().map(FieldError::field).sorted().toList());
        assertEquals(List.of("slug"), report.rows().get(1).errors().stream()
                .map(FieldError::field).toList());
        assertEquals(List.of(new FieldError("published_at", "must be a UTC date and time such"
                + " as 2030-05-17T09:30:00Z, not yesterday")), report.rows().get(2).errors());
        assertEquals(1, count(title));
    }

    @Test
    void twoRowsWithOneSlugRejectTheSecond() {
        String slug = "twice-" + UUID.randomUUID();
        byte[] file = CsvFiles.file(HEADER, Map.of("type", "NEWS", "title", "One", "slug", slug),
                Map.of("type", "NEWS", "title", "Two", "slug", slug));

        CsvReport report = CsvFiles.importArticles(node, file, ImportMode.ALL_OR_NOTHING);

        assertFalse(report.applied());
        assertEquals(List.of(new RowResult(3, RowOutcome.REJECTED, null, List.of(
                new FieldError("slug", "The same slug is on line 2 already")))),
                report.rejected());
    }

    @Test
    void visitorsExportNoEntityThatIsNotPublic() {
        String title = Fixtures.unique("Related");
        Organisation hidden = Fixtures.organisation(Fixtures.unique("Hidden"), "LU");
        hidden.setStatus(org.openxeco.directory.OrganisationStatus.INACTIVE);
        UUID hiddenId = node.asAdmin(() -> node.organisations.create(hidden, List.of()))
                .getUuid();
        Article news = new Article(ArticleType.NEWS);
        news.setTitle(title);
        news.setStatus(ArticleStatus.PUBLIC);
        node.asAdmin(() -> node.articles.create(news, new ArticleReferences(List.of(),
                List.of(hiddenId, employer.getUuid()), Optional.empty(), Optional.empty())));
        ArticleFilter filter = new ArticleFilter(Optional.empty(), Optional.empty(),
                Optional.of(title), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        java.io.ByteArrayOutputStream visitor = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream admin = new java.io.ByteArrayOutputStream();
        node.asVisitor(() -> node.articleCsv.write(filter, ArticleSort.TITLE, visitor, false));
        node.asAdmin(() -> node.articleCsv.write(filter, ArticleSort.TITLE, admin, false));

        assertEquals(List.of(employer.getUuid().toString()), related(visitor));
        assertEquals(java.util.stream.Stream.of(hiddenId, employer.getUuid())
                .map(UUID::toString).sorted().toList(), related(admin));
    }

    private static List<String> related(java.io.ByteArrayOutputStream export) {
        return org.openxeco.media.CsvCells.split(org.openxeco.media.CsvRows.parse(
                export.toByteArray(), HEADER).get(0).get("related_entities"));
    }

    private static long count(String marker) {
        return node.asAdmin(() -> node.articles.listPage(new ArticleFilter(Optional.empty(),
                Optional.empty(), Optional.of(marker), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), ArticleSort.TITLE, 0, 10)
                .total());
    }

    private static Services install(Services services) {
        services.asAdmin(() -> services.installer.install(BundledTaxonomy.COUNTRIES));
        services.asAdmin(() -> services.installer.install(BundledTaxonomy.CONFERENCE_TOPICS));
        return services;
    }

    private static List<Article> everyType(Services s) {
        Organisation provider = s.organisations.create(Fixtures.organisation("Provider", "LU"),
                List.of());
        Organisation hiring = s.organisations.create(Fixtures.organisation("Hiring", "BE"),
                List.of());
        UUID security = s.taxonomies.findValueByReference("conference-topics:security")
                .map(TaxonomyValue::getUuid).orElseThrow();
        List<Article> all = new ArrayList<>();

        Article news = new Article(ArticleType.NEWS);
        news.setTitle("=News, \"quoted\" | piped");
        news.setSummary("  A summary\nover two lines ");
        news.setBody("<p>Body with <a href=\"https://example.org\">a link</a> \\ and | bars</p>");
        news.setStatus(ArticleStatus.PUBLIC);
        news.setPublishedAt(Instant.parse("2030-01-02T03:04:05.123456Z"));
        news.setLinks(List.of(new ArticleLink("website", "https://example.org/a|b", "A | B"),
                new ArticleLink("video", "https://example.org/v", null)));
        news.setShared(Boolean.TRUE);
        all.add(s.articles.create(news, new ArticleReferences(List.of(security),
                List.of(provider.getUuid(), hiring.getUuid()), Optional.empty(),
                Optional.empty())));

        Article event = Fixtures.event("Conference", Instant.parse("2031-03-02T08:00:00Z"),
                ArticleStatus.DRAFT);
        EventDetails e = event.getEvent().orElseThrow();
        e.setAllDay(true);
        e.setEnd(Instant.parse("2031-03-04T23:00:00Z"));
        e.setAttendance(Attendance.HYBRID);
        e.setVenue("Hall 1");
        e.setCity("Esch");
        e.setCountryCode("LU");
        e.setCountryName("Luxembourg");
        e.setRegistrationUrl("https://example.org/register");
        e.setCfpUrl("https://example.org/cfp");
        e.setCfpEnd(LocalDate.parse("2031-01-15"));
        all.add(s.articles.create(event, new ArticleReferences(List.of(security), List.of(),
                Optional.empty(), Optional.empty())));

        Article job = new Article(ArticleType.JOB_OFFER);
        job.setTitle("Analyst");
        job.setStatus(ArticleStatus.UNDER_REVIEW);
        JobDetails details = new JobDetails();
        details.setEmploymentType(EmploymentType.INTERNSHIP);
        details.setLocation("Brussels");
        details.setClosingDate(LocalDate.parse("2031-06-30"));
        job.setJob(details);
        all.add(s.articles.create(job, new ArticleReferences(List.of(), List.of(),
                Optional.of(hiring.getUuid()), Optional.empty())));

        for (ArticleType type : List.of(ArticleType.SERVICE, ArticleType.TOOL)) {
            Article offer = new Article(type);
            offer.setTitle("Offer " + type);
            offer.setStatus(ArticleStatus.ARCHIVED);
            OfferingDetails offering = new OfferingDetails();
            offering.setUrl("https://example.org/" + type);
            offer.setOffering(offering);
            all.add(s.articles.create(offer, new ArticleReferences(List.of(), List.of(),
                    Optional.empty(), Optional.of(provider.getUuid()))));
        }
        return all;
    }

    private static void assertFieldsEqual(Article expected, Article actual) {
        assertEquals(expected.getType(), actual.getType());
        assertEquals(expected.getStatus(), actual.getStatus());
        assertEquals(expected.getTitle(), actual.getTitle());
        assertEquals(expected.getSlug(), actual.getSlug());
        assertEquals(expected.getSummary(), actual.getSummary());
        assertEquals(expected.getBody(), actual.getBody());
        assertEquals(expected.getPublishedAt(), actual.getPublishedAt());
        assertEquals(expected.getLinks().stream().map(l -> l.getKind() + " " + l.getUrl() + " "
                + l.getLabel()).toList(), actual.getLinks().stream().map(l -> l.getKind() + " "
                + l.getUrl() + " " + l.getLabel()).toList());
        assertEquals(expected.getEvent().map(ArticleCsvImportServiceTest::event),
                actual.getEvent().map(ArticleCsvImportServiceTest::event));
        assertEquals(expected.getJob().map(j -> List.of(j.getHiringEntity().getUuid(),
                j.getEmploymentType(), j.getLocation(), j.getClosingDate())),
                actual.getJob().map(j -> List.of(j.getHiringEntity().getUuid(),
                j.getEmploymentType(), j.getLocation(), j.getClosingDate())));
        assertEquals(expected.getOffering().map(o -> List.of(o.getProvider().getUuid(),
                o.getUrl())), actual.getOffering().map(o -> List.of(o.getProvider().getUuid(),
                o.getUrl())));
        assertEquals(expected.getRelatedEntities().stream().map(Organisation::getUuid).sorted()
                .toList(), actual.getRelatedEntities().stream().map(Organisation::getUuid)
                .sorted().toList());
        assertEquals(expected.getTags().stream().map(TaxonomyValue::reference).sorted().toList(),
                actual.getTags().stream().map(TaxonomyValue::reference).sorted().toList());
        assertEquals(expected.getShared(), actual.getShared());
    }

    private static List<Object> event(EventDetails e) {
        return java.util.Arrays.asList(e.getStart(), e.getEnd(), e.getTimeZone(), e.isAllDay(),
                e.getAttendance(), e.getVenue(), e.getCity(), e.getCountryCode(),
                e.getCountryName(), e.getRegistrationUrl(), e.getCfpUrl(), e.getCfpEnd());
    }
}
