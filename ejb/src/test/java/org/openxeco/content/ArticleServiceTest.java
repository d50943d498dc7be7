package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.PageRequest;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class ArticleServiceTest {

    private static final Instant MAY_2025 = Instant.parse("2025-05-04T07:30:00Z");
    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void eventNeedsAStartAndAnEndAfterIt() {
        Article noStart = Fixtures.event(Fixtures.unique("Nostart"), MAY_2025, ArticleStatus.DRAFT);
        noStart.getEvent().orElseThrow().setStart(null);
        assertEquals("event.start", refusedField(noStart));

        Article backwards = Fixtures.event(Fixtures.unique("Backwards"), MAY_2025,
                ArticleStatus.DRAFT);
        backwards.getEvent().orElseThrow().setEnd(MAY_2025.minusSeconds(60));
        assertEquals("event.end", refusedField(backwards));
    }

    @Test
    void unknownTimeZoneIsRefused() {
        Article event = Fixtures.event(Fixtures.unique("Zoned"), MAY_2025, ArticleStatus.DRAFT);
        event.getEvent().orElseThrow().setTimeZone("Mars/Olympus");
        assertEquals("event.timeZone", refusedField(event));
    }

    @Test
    void newsCannotCarryEventFields() {
        Article news = new Article(ArticleType.NEWS);
        news.setTitle(Fixtures.unique("News"));
        news.setEvent(Fixtures.event("x", MAY_2025, ArticleStatus.DRAFT).getEvent().orElseThrow());
        assertEquals("event", refusedField(news));
    }

    @Test
    void slugIsDerivedFromTheTitleAndKeptUnique() {
        String title = Fixtures.unique("Crème Brûlée Summit");
        Article first = create(Fixtures.event(title, MAY_2025, ArticleStatus.PUBLIC));
        Article second = create(Fixtures.event(title, MAY_2025, ArticleStatus.PUBLIC));

        assertTrue(first.getSlug().startsWith("creme-brulee-summit-"), first.getSlug());
        assertEquals(first.getSlug() + "-2", second.getSlug());
    }

    @Test
    void explicitDuplicateSlugIsAConflict() {
        Article first = create(Fixtures.event(Fixtures.unique("Slugged"), MAY_2025,
                ArticleStatus.DRAFT));
        Article copy = Fixtures.event(Fixtures.unique("Other"), MAY_2025, ArticleStatus.DRAFT);
        copy.setSlug(first.getSlug());

        ConflictException e = assertThrows(ConflictException.class, () -> create(copy));
        assertEquals("duplicate-slug", e.kind());
    }

    @Test
    void draftsAreHiddenFromVisitorsAndPublishingStampsTheDate() {
        Article draft = create(Fixtures.event(Fixtures.unique("Hidden"), MAY_2025,
                ArticleStatus.DRAFT));
        assertTrue(services.asVisitor(() -> services.articles.find(draft.getUuid())).isEmpty());

        Article published = Fixtures.event(draft.getTitle(), MAY_2025, ArticleStatus.PUBLIC);
        services.asAdmin(() -> services.articles.update(draft.getUuid(), draft.getVersion(),
                published, ArticleReferences.none()));

        Article seen = services.asVisitor(() -> services.articles.get(draft.getUuid()));
        assertNotNull(seen.getPublishedAt());
    }

    @Test
    void jobOfferPointsToItsHiringEntity() {
        Organisation employer = services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique("Employer"), "LU"), List.of()));
        Article job = new Article(ArticleType.JOB_OFFER);
        job.setTitle(Fixtures.unique("Engineer"));
        job.setStatus(ArticleStatus.PUBLIC);

        Article saved = services.asAdmin(() -> services.articles.create(job,
                new ArticleReferences(List.of(), List.of(), Optional.of(employer.getUuid()),
                        Optional.empty())));

        Article read = services.asVisitor(() -> services.articles.get(saved.getUuid()));
        assertEquals(employer.getUuid(), read.getJob().orElseThrow().getHiringEntity().getUuid());
    }

    @Test
    void unknownRelatedEntityIsReportedByPosition() {
        Article news = new Article(ArticleType.NEWS);
        news.setTitle(Fixtures.unique("Related"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                services.asAdmin(() -> services.articles.create(news, new ArticleReferences(
                        List.of(), List.of(UUID.randomUUID()), Optional.empty(),
                        Optional.empty()))));
        assertEquals("relatedEntities[0]", e.errors().get(0).field());
    }

    @Test
    void eventsOverlappingAWindowAreListedByStart() {
        String marker = Fixtures.unique("Window");
        Article before = create(Fixtures.event(marker + " before",
                Instant.parse("2025-01-10T10:00:00Z"), ArticleStatus.PUBLIC));
        Article inside = create(Fixtures.event(marker + " inside",
                Instant.parse("2025-03-10T10:00:00Z"), ArticleStatus.PUBLIC));

        List<UUID> found = services.asVisitor(() -> services.articles.list(new ArticleFilter(
                Optional.of(ArticleType.EVENT), Optional.empty(), Optional.of(marker), List.of(),
                Optional.empty(), Optional.of(Instant.parse("2025-02-01T00:00:00Z")),
                Optional.empty(), Optional.of(Instant.parse("2025-04-01T00:00:00Z"))),
                ArticleSort.START, PageRequest.first(10))).items().stream()
                .map(Article::getUuid).toList();

        assertEquals(List.of(inside.getUuid()), found);
        assertTrue(!found.contains(before.getUuid()));
    }

    @Test
    void scheduledArticlesStayHiddenFromVisitorsUntilTheirPublicationTime() {
        String marker = Fixtures.unique("Scheduled");
        Article news = new Article(ArticleType.NEWS);
        news.setTitle(marker);
        news.setStatus(ArticleStatus.PUBLIC);
        news.setPublishedAt(Instant.now().plusSeconds(3600).truncatedTo(
                java.time.temporal.ChronoUnit.MICROS));
        Article saved = create(news);

        assertTrue(saved.isScheduled());
        assertEquals(0, visibleTitled(marker), "hidden from visitors before its time");
        assertTrue(services.asVisitor(() -> services.articles.find(saved.getUuid())).isEmpty());
        assertEquals(1, services.asAdmin(() -> services.articles.list(titled(marker),
                ArticleSort.TITLE, PageRequest.first(10))).items().size(), "staff see it");

        services.articles.clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.ofHours(2));
        try {
            assertEquals(1, visibleTitled(marker), "listed once its time has passed");
        } finally {
            services.articles.clock = java.time.Clock.systemUTC();
        }
    }

    @Test
    void workflowMovesAlongAllowedStepsAndRefusesOthers() {
        Article news = new Article(ArticleType.NEWS);
        news.setTitle(Fixtures.unique("Workflow"));
        Article draft = create(news);

        Article review = services.asAdmin(() -> services.workflow.transition(draft.getUuid(),
                draft.getVersion(), ArticleStatus.UNDER_REVIEW, null));
        assertEquals(ArticleStatus.UNDER_REVIEW, review.getStatus());
        Instant later = Instant.now().plusSeconds(86_400).truncatedTo(
                java.time.temporal.ChronoUnit.MICROS);
        Article scheduled = services.asAdmin(() -> services.workflow.transition(
                draft.getUuid(), review.getVersion(), ArticleStatus.PUBLIC, later));
        assertEquals(later, scheduled.getPublishedAt());
        assertTrue(scheduled.isScheduled());
        Article archived = services.asAdmin(() -> services.workflow.transition(
                draft.getUuid(), scheduled.getVersion(), ArticleStatus.ARCHIVED, null));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                services.asAdmin(() -> services.workflow.transition(draft.getUuid(),
                        archived.getVersion(), ArticleStatus.UNDER_REVIEW, null)));
        assertEquals("status", refused.errors().get(0).field());
        assertThrows(org.openxeco.kernel.StaleVersionException.class, () ->
                services.asAdmin(() -> services.workflow.transition(draft.getUuid(),
                        draft.getVersion(), ArticleStatus.DRAFT, null)));
        assertThrows(org.openxeco.kernel.NotAllowedException.class, () ->
                services.asVisitor(() -> services.workflow.transition(draft.getUuid(),
                        archived.getVersion(), ArticleStatus.DRAFT, null)));
    }

    private static ArticleFilter titled(String text) {
        return new ArticleFilter(Optional.of(ArticleType.NEWS), Optional.empty(),
                Optional.of(text), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static int visibleTitled(String text) {
        return services.asVisitor(() -> services.articles.list(titled(text), ArticleSort.TITLE,
                PageRequest.first(10))).items().size();
    }

    private static Article create(Article article) {
        return services.asAdmin(() -> services.articles.create(article,
                ArticleReferences.none()));
    }

    private static String refusedField(Article article) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> create(article));
        return e.errors().get(0).field();
    }
}
