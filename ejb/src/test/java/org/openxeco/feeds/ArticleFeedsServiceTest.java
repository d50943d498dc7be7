package org.openxeco.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.feeds.ArticleFeeds.Format;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class ArticleFeedsServiceTest {

    private static final String BASE = Services.BASE_URL;

    private Services services;
    private FeedData data;
    private Instant now;

    @BeforeEach
    void start() {
        services = new Services();
        data = new FeedData(services);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void theRssFeedListsOnlyPublicNewsNewestFirstWithPageLinksUrisSummariesAndTags() {
        UUID scheme = data.scheme(ObjectType.NEWS);
        TaxonomyValue tag = data.value(scheme, "crypto", null);
        Article older = data.news("Older & wiser", ArticleStatus.PUBLIC, ago(3), "First <b>x</b>");
        Article newer = data.news("Newer", ArticleStatus.PUBLIC, ago(1), "Second", tag);
        data.news("Draft", ArticleStatus.DRAFT, ago(1), null);
        data.news("Archived", ArticleStatus.ARCHIVED, ago(1), null);
        data.news("Scheduled", ArticleStatus.PUBLIC, now.plus(1, ChronoUnit.DAYS), null);

        Xml rss = new Xml(feed(ArticleType.NEWS, null, Format.RSS).text());

        assertEquals("2.0", rss.text("/rss/@version"));
        assertEquals(Services.NODE_NAME + ": news", rss.text("/rss/channel/title"));
        assertEquals(BASE + "/news", rss.text("/rss/channel/link"));
        assertEquals("en", rss.text("/rss/channel/language"));
        assertEquals(List.of("Newer", "Older & wiser"), rss.texts("/rss/channel/item/title"));
        assertEquals(List.of(BASE + "/news/" + newer.getSlug(), BASE + "/news/"
                + older.getSlug()), rss.texts("/rss/channel/item/link"));
        assertEquals(List.of(BASE + "/api/articles/" + newer.getUuid(), BASE
                + "/api/articles/" + older.getUuid()), rss.texts("/rss/channel/item/guid"));
        assertEquals("false", rss.text("/rss/channel/item[1]/guid/@isPermaLink"));
        assertEquals(List.of("Second", "First <b>x</b>"),
                rss.texts("/rss/channel/item/description"));
        assertEquals(List.of("Label crypto"), rss.texts("/rss/channel/item[1]/category"));
        assertEquals(List.of(), rss.texts("/rss/channel/item[2]/category"));
        assertEquals(ago(1), rfc822(rss.text("/rss/channel/item[1]/pubDate")));
    }

    @Test
    void theAtomFeedCarriesTheSameItemsWithIdsDatesLinksAndTheFeedsOwnUpdate() {
        UUID scheme = data.scheme(ObjectType.NEWS);
        TaxonomyValue tag = data.value(scheme, "crypto", null);
        Article older = data.news("Older", ArticleStatus.PUBLIC, ago(3), null);
        older.setBody("<p>Body <i>one</i></p><p>two &amp; three</p>");
        Article first = data.news("First", ArticleStatus.PUBLIC, ago(2), "Sum", tag);
        Article stored = services.asAdmin(() -> services.articles.update(older.getUuid(),
                older.getVersion(), older, org.openxeco.content.ArticleReferences.none()));

        FeedDocument document = feed(ArticleType.NEWS, null, Format.ATOM);
        Xml atom = new Xml(document.text());

        assertEquals(Services.NODE_NAME + ": news", atom.text("/a:feed/a:title"));
        assertEquals(BASE + "/api/feeds/news.atom", atom.text("/a:feed/a:id"));
        assertEquals(BASE + "/news", atom.text("/a:feed/a:link[@rel='alternate']/@href"));
        assertEquals(BASE + "/api/feeds/news.atom",
                atom.text("/a:feed/a:link[@rel='self']/@href"));
        assertEquals(List.of("First", "Older"), atom.texts("/a:feed/a:entry/a:title"));
        assertEquals(List.of(BASE + "/api/articles/" + first.getUuid(), BASE
                + "/api/articles/" + older.getUuid()), atom.texts("/a:feed/a:entry/a:id"));
        assertEquals(BASE + "/news/" + first.getSlug(),
                atom.text("/a:feed/a:entry[1]/a:link/@href"));
        assertEquals(List.of("Sum", "Body one\ntwo & three"),
                atom.texts("/a:feed/a:entry/a:summary"));
        assertEquals("Label crypto", atom.text("/a:feed/a:entry[1]/a:category/@term"));
        assertEquals(stored.getUpdated().truncatedTo(ChronoUnit.SECONDS),
                Instant.parse(atom.text("/a:feed/a:updated")));
        assertEquals(Optional.of(stored.getUpdated()), document.lastModified());
        assertEquals(ago(2), Instant.parse(atom.text("/a:feed/a:entry[1]/a:published")));
    }

    @Test
    void aTagNarrowsTheFeedToTheValueAndItsSubtreeByReferenceOrUuid() {
        UUID scheme = data.scheme(ObjectType.NEWS);
        TaxonomyValue top = data.value(scheme, "top", null);
        TaxonomyValue leaf = data.value(scheme, "leaf", top);
        TaxonomyValue other = data.value(scheme, "other", null);
        data.news("On top", ArticleStatus.PUBLIC, ago(3), null, top);
        data.news("On leaf", ArticleStatus.PUBLIC, ago(2), null, leaf);
        data.news("Elsewhere", ArticleStatus.PUBLIC, ago(1), null, other);
        data.news("Untagged", ArticleStatus.PUBLIC, ago(1), null);

        Xml byReference = new Xml(feed(ArticleType.NEWS, top.reference(), Format.RSS).text());
        Xml byUuid = new Xml(feed(ArticleType.NEWS, top.getUuid().toString(), Format.ATOM)
                .text());
        Xml leafOnly = new Xml(feed(ArticleType.NEWS, leaf.reference(), Format.RSS).text());

        assertEquals(List.of("On leaf", "On top"), byReference.texts("/rss/channel/item/title"));
        assertEquals(Services.NODE_NAME + ": news (Label top)",
                byReference.text("/rss/channel/title"));
        assertEquals(BASE + "/news?tag=" + top.getScheme().getCode() + "%3Atop",
                byReference.text("/rss/channel/link"));
        assertEquals(List.of("On leaf", "On top"), byUuid.texts("/a:feed/a:entry/a:title"));
        assertEquals(List.of("On leaf"), leafOnly.texts("/rss/channel/item/title"));
    }

    @Test
    void anUnknownTagOrOneThatCannotTagTheTypeIsNotFound() {
        UUID entitiesOnly = data.scheme(ObjectType.ENTITY);
        TaxonomyValue sector = data.value(entitiesOnly, "sector", null);

        assertThrows(NotFoundException.class, () -> feed(ArticleType.NEWS, "nope:nothing",
                Format.RSS));
        assertThrows(NotFoundException.class, () -> feed(ArticleType.NEWS,
                UUID.randomUUID().toString(), Format.ATOM));
        assertThrows(NotFoundException.class, () -> feed(ArticleType.NEWS, sector.reference(),
                Format.RSS));
        assertTrue(services.asVisitor(() -> services.feedSource.tag(ArticleType.NEWS,
                sector.reference())).isEmpty());
    }

    @Test
    void theJobFeedListsOpenOffersWithTheirPublicHiringEntityAsAuthor() {
        Organisation hiring = services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation("Hiring Ltd", "LU"), List.of()));
        Organisation hidden = Fixtures.organisation("Hidden Ltd", "LU");
        hidden.setStatus(OrganisationStatus.INACTIVE);
        UUID hiddenUuid = services.asAdmin(() -> services.organisations.create(hidden,
                List.of())).getUuid();
        LocalDate today = LocalDate.now();
        data.job("Open", today.plusDays(10), ago(2), hiring.getUuid());
        data.job("Unnamed", null, ago(1), hiddenUuid);
        data.job("Closed", today.minusDays(3), ago(1), hiring.getUuid());

        Xml atom = new Xml(feed(ArticleType.JOB_OFFER, null, Format.ATOM).text());
        Xml rss = new Xml(feed(ArticleType.JOB_OFFER, null, Format.RSS).text());

        assertEquals(List.of("Unnamed", "Open"), atom.texts("/a:feed/a:entry/a:title"));
        assertEquals(Services.NODE_NAME + ": job offers", atom.text("/a:feed/a:title"));
        assertEquals(List.of(Services.NODE_NAME, "Hiring Ltd"),
                atom.texts("/a:feed/a:entry/a:author/a:name"));
        assertEquals(BASE + "/directory/" + hiring.getUuid(),
                atom.text("/a:feed/a:entry[2]/a:author/a:uri"));
        assertEquals(List.of("Hiring Ltd"), rss.texts("/rss/channel/item[2]/dc:creator"));
        assertEquals(List.of(), rss.texts("/rss/channel/item[1]/dc:creator"));
        assertEquals(BASE + "/jobs", rss.text("/rss/channel/link"));
    }

    @Test
    void aFeedHoldsTheFiftyNewestItems() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < FeedSource.ITEMS + 2; i++) {
            String title = "News " + i;
            data.news(title, ArticleStatus.PUBLIC, ago(200 - i), null);
            titles.add(0, title);
        }

        Xml rss = new Xml(feed(ArticleType.NEWS, null, Format.RSS).text());

        assertEquals(titles.subList(0, FeedSource.ITEMS), rss.texts("/rss/channel/item/title"));
    }

    @Test
    void titlesFollowTheAskedLanguageAndFallBackToEnglish() {
        UUID scheme = data.scheme(ObjectType.NEWS);
        TaxonomyValue tag = data.value(scheme, "crypto", null);
        data.news("Un", ArticleStatus.PUBLIC, ago(1), null, tag);

        Xml french = new Xml(services.asVisitor(() -> services.articleFeeds.feed(
                ArticleType.NEWS, Optional.of(tag.reference()), Format.RSS, Locale.FRENCH))
                .text());
        Xml italian = new Xml(services.asVisitor(() -> services.articleFeeds.feed(
                ArticleType.NEWS, Optional.empty(), Format.RSS, Locale.ITALIAN)).text());

        assertEquals(Services.NODE_NAME + "\u00a0: actualités (Libellé crypto)",
                french.text("/rss/channel/title"));
        assertEquals("fr", french.text("/rss/channel/language"));
        assertEquals("Libellé crypto", french.text("/rss/channel/item/category"));
        assertEquals(Services.NODE_NAME + ": news", italian.text("/rss/channel/title"));
        assertEquals("en", italian.text("/rss/channel/language"));
    }

    private FeedDocument feed(ArticleType type, String tag, Format format) {
        return services.asVisitor(() -> services.articleFeeds.feed(type,
                Optional.ofNullable(tag), format, Locale.ENGLISH));
    }

    private Instant ago(int hours) {
        return now.minus(hours, ChronoUnit.HOURS);
    }

    private static Instant rfc822(String date) {
        return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date));
    }
}
