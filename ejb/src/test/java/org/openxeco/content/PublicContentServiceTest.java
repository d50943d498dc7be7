package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TagFacets;
import org.openxeco.taxonomy.TaxonomyValue;
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
    void everyWordOfASearchMustBeInTheTitleInAnyOrder() {
        String marker = Fixtures.unique("Words").replace(" ", "");
        UUID wanted = store(news(marker + " Alpha Gamma Beta", ArticleStatus.PUBLIC, null),
                ArticleReferences.none()).getUuid();
        store(news(marker + " Alpha Delta", ArticleStatus.PUBLIC, null),
                ArticleReferences.none());

        assertEquals(List.of(wanted), uuids(listing(ArticleType.NEWS,
                "beta " + marker.toUpperCase() + " alpha", ArticleListing.Timing.ANY)));
    }

    @Test
    void articlesWithoutPublicationTimeSortByWhenTheyWereStored() {
        String marker = Fixtures.unique("Undated");
        UUID older = store(news(marker + " older", ArticleStatus.PUBLIC,
                Instant.now().minus(2, ChronoUnit.DAYS)), ArticleReferences.none()).getUuid();
        UUID undated = store(news(marker + " undated", ArticleStatus.PUBLIC, null),
                ArticleReferences.none()).getUuid();
        UUID oldest = store(news(marker + " oldest", ArticleStatus.PUBLIC,
                Instant.now().minus(3, ChronoUnit.DAYS)), ArticleReferences.none()).getUuid();
        // Copies from peers may come without a publication time.
        services.asAdmin(() -> services.entityManager().createNativeQuery(
                "UPDATE article SET published_at = NULL WHERE uuid = ?1")
                .setParameter(1, undated.toString()).executeUpdate());

        assertEquals(List.of(undated, older, oldest), uuids(listing(ArticleType.NEWS, marker,
                ArticleListing.Timing.ANY)));
    }

    @Test
    void thePublicViewOfAnArticleNamesOnlyPublicEntities() {
        String marker = Fixtures.unique("View");
        Organisation shown = services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(marker + " shown", "LU"), List.of()));
        Organisation hidden = Fixtures.organisation(marker + " hidden", "LU");
        hidden.setStatus(OrganisationStatus.INACTIVE);
        UUID hiddenUuid = services.asAdmin(() -> services.organisations.create(hidden,
                List.of())).getUuid();
        Article job = store(job(marker + " job", null), new ArticleReferences(List.of(),
                List.of(shown.getUuid(), hiddenUuid), Optional.of(hiddenUuid),
                Optional.empty()));

        PublicArticle view = services.asVisitor(() -> content.view(ArticleType.JOB_OFFER,
                job.getSlug())).orElseThrow();
        assertEquals(List.of(shown.getUuid()), view.related().stream()
                .map(Organisation::getUuid).toList());
        assertTrue(view.hiring().isEmpty(), "an inactive hiring entity is not named");
    }

    @Test
    void tagsNarrowTheListAndFacetsCountOnlyPublishedArticles() {
        String marker = Fixtures.unique("Tagged");
        UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("t" + UUID.randomUUID().toString().substring(0, 8),
                        ObjectType.NEWS))).getUuid();
        TaxonomyValue top = value(scheme, "top", null);
        TaxonomyValue leaf = value(scheme, "leaf", top.getUuid());
        TaxonomyValue other = value(scheme, "other", null);
        UUID shown = store(news(marker + " shown", ArticleStatus.PUBLIC, null),
                tagged(leaf)).getUuid();
        store(news(marker + " other", ArticleStatus.PUBLIC, null), tagged(other));
        store(news(marker + " archived", ArticleStatus.ARCHIVED, null), tagged(leaf));
        store(news(marker + " draft", ArticleStatus.DRAFT, null), tagged(leaf));
        store(news(marker + " scheduled", ArticleStatus.PUBLIC,
                Instant.now().plus(1, ChronoUnit.DAYS)), tagged(leaf));

        ArticleResults all = services.asVisitor(() -> content.list(listing(ArticleType.NEWS,
                marker, ArticleListing.Timing.ANY), 0, 20, "en"));
        assertEquals(2, all.total());
        assertEquals(Map.of("top", 1L, "other", 1L), counts(all, scheme));

        ArticleResults inTop = services.asVisitor(() -> content.list(new ArticleListing(
                ArticleType.NEWS, Optional.of(marker), List.of(top.reference()),
                ArticleListing.Timing.ANY), 0, 20, "en"));
        assertEquals(List.of(shown), inTop.items().stream().map(Article::getUuid).toList());
        assertEquals(Map.of("leaf", 1L), counts(inTop, scheme));
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

    private static TaxonomyValue value(UUID scheme, String code, UUID parent) {
        TaxonomyValue data = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        data.setLabels(Map.of("en", "Label " + code));
        return services.asAdmin(() -> services.taxonomies.createValue(scheme, data, parent));
    }

    private static ArticleReferences tagged(TaxonomyValue value) {
        return new ArticleReferences(List.of(value.getUuid()), List.of(), Optional.empty(),
                Optional.empty());
    }

    private static Map<String, Long> counts(ArticleResults results, UUID scheme) {
        return results.facets().stream().filter(f -> f.scheme().getUuid().equals(scheme))
                .findFirst().orElseThrow().options().stream().collect(Collectors.toMap(
                        o -> o.value().getCode(), TagFacets.Option::count));
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
