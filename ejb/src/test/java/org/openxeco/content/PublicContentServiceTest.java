package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;
import org.openxeco.testing.SqlStatements;

class PublicContentServiceTest {

    private static Services services;
    private static PublicContent content;

    @BeforeAll
    static void start() {
        services = new Services();
        content = new PublicContent();
        content.em = services.entityManager();
        content.taxonomies = services.taxonomies;
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void eventsSplitIntoUpcomingAndPastAndDraftsStayOut() {
        String marker = Fixtures.unique("Split");
        Instant now = Instant.now();
        Article next = store(Fixtures.event(marker + " next", now.plus(2, ChronoUnit.DAYS),
                ArticleStatus.PUBLIC), ArticleReferences.none());
        Article later = store(Fixtures.event(marker + " later", now.plus(9, ChronoUnit.DAYS),
                ArticleStatus.PUBLIC), ArticleReferences.none());
        Article past = store(Fixtures.event(marker + " past", now.minus(3, ChronoUnit.DAYS),
                ArticleStatus.PUBLIC), ArticleReferences.none());
        store(Fixtures.event(marker + " draft", now.plus(1, ChronoUnit.DAYS),
                ArticleStatus.DRAFT), ArticleReferences.none());
        store(Fixtures.event(marker + " review", now.plus(1, ChronoUnit.DAYS),
                ArticleStatus.UNDER_REVIEW), ArticleReferences.none());

        assertEquals(List.of(next.getUuid(), later.getUuid()),
                uuids(listing(ArticleType.EVENT, marker, ArticleListing.Timing.UPCOMING)));
        assertEquals(List.of(past.getUuid()),
                uuids(listing(ArticleType.EVENT, marker, ArticleListing.Timing.PAST)));
    }

    @Test
    void administratorsSeeThePublicViewOnly() {
        String marker = Fixtures.unique("AdminView");
        Article draft = store(news(marker + " draft", ArticleStatus.DRAFT, null),
                ArticleReferences.none());
        store(news(marker + " scheduled", ArticleStatus.PUBLIC,
                Instant.now().plus(1, ChronoUnit.DAYS)), ArticleReferences.none());
        Article shown = store(news(marker + " shown", ArticleStatus.PUBLIC, null),
                ArticleReferences.none());

        ArticleResults results = services.asAdmin(() -> content.list(new ArticleListing(
                ArticleType.NEWS, Optional.of(marker), List.of(),
                ArticleListing.Timing.ANY), 0, 10, "en"));
        assertEquals(1, results.total());
        assertEquals(shown.getUuid(), results.items().get(0).getUuid());
        assertTrue(services.asAdmin(() -> content.bySlug(ArticleType.NEWS, draft.getSlug()))
                .isEmpty());
        assertTrue(services.asAdmin(() -> content.bySlug(ArticleType.EVENT, shown.getSlug()))
                .isEmpty(), "a slug is found under its own type only");
        assertEquals(shown.getUuid(), services.asVisitor(() -> content.bySlug(ArticleType.NEWS,
                shown.getSlug())).orElseThrow().getUuid());
    }

    @Test
    void jobOffersAreOpenUntilTheirClosingDayHasPassed() {
        String marker = Fixtures.unique("Jobs");
        Article open = store(job(marker + " open", LocalDate.now().plusDays(3)),
                ArticleReferences.none());
        Article undated = store(job(marker + " undated", null), ArticleReferences.none());
        Article closed = store(job(marker + " closed", LocalDate.now().minusDays(3)),
                ArticleReferences.none());

        assertEquals(List.of(open.getUuid(), undated.getUuid()).stream().sorted().toList(),
                uuids(listing(ArticleType.JOB_OFFER, marker, ArticleListing.Timing.OPEN))
                        .stream().sorted().toList());
        assertEquals(List.of(closed.getUuid()),
                uuids(listing(ArticleType.JOB_OFFER, marker, ArticleListing.Timing.CLOSED)));
    }

    @Test
    void anEntityListsThePublicArticlesThatReferToIt() {
        String marker = Fixtures.unique("About");
        Organisation entity = services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(marker, "LU"), List.of()));
        ArticleReferences related = new ArticleReferences(List.of(),
                List.of(entity.getUuid()), Optional.empty(), Optional.empty());
        Article shown = store(news(marker + " shown", ArticleStatus.PUBLIC, null), related);
        store(news(marker + " draft", ArticleStatus.DRAFT, null), related);
        Article hiring = store(job(marker + " hiring", null), new ArticleReferences(List.of(),
                List.of(), Optional.of(entity.getUuid()), Optional.empty()));
        store(news(marker + " unrelated", ArticleStatus.PUBLIC, null),
                ArticleReferences.none());

        List<UUID> about = services.asAdmin(() -> content.about(entity, 10)).stream()
                .map(Article::getUuid).sorted().toList();
        assertEquals(List.of(shown.getUuid(), hiring.getUuid()).stream().sorted().toList(),
                about);
    }

    @Test
    void aPageOfArticlesCostsAsManyQueriesWhateverTheNumberOfArticlesOnIt() {
        String marker = Fixtures.unique("Batch");
        for (int i = 0; i < 12; i++) {
            Organisation entity = services.asAdmin(() -> services.organisations.create(
                    Fixtures.organisation(marker + " entity", "LU"), List.of()));
            store(news(marker + " " + i, ArticleStatus.PUBLIC, null), new ArticleReferences(
                    List.of(), List.of(entity.getUuid()), Optional.empty(), Optional.empty()));
        }

        assertEquals(statements(marker, 2), statements(marker, 12),
                "statements for 2 articles vs 12");
    }

    private static int statements(String marker, int size) {
        return services.asVisitor(() -> SqlStatements.during(services.entityManager(),
                () -> assertEquals(size, content.list(listing(ArticleType.NEWS, marker,
                        ArticleListing.Timing.ANY), 0, size, "en").items().size())));
    }

    private static Article news(String title, ArticleStatus status, Instant publishedAt) {
        Article a = new Article(ArticleType.NEWS);
        a.setTitle(title);
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        return a;
    }

    private static Article job(String title, LocalDate closing) {
        Article a = new Article(ArticleType.JOB_OFFER);
        a.setTitle(title);
        a.setStatus(ArticleStatus.PUBLIC);
        JobDetails details = new JobDetails();
        details.setClosingDate(closing);
        details.setLocation("Luxembourg");
        a.setJob(details);
        return a;
    }

    private static Article store(Article a, ArticleReferences references) {
        return services.asAdmin(() -> services.articles.create(a, references));
    }

    private static ArticleListing listing(ArticleType type, String text,
            ArticleListing.Timing timing) {
        return new ArticleListing(type, Optional.of(text), List.of(), timing);
    }

    private static List<UUID> uuids(ArticleListing listing) {
        return services.asVisitor(() -> content.list(listing, 0, 20, "en")).items().stream()
                .map(Article::getUuid).toList();
    }
}
