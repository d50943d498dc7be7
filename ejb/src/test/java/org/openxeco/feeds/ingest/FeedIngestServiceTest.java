package org.openxeco.feeds.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.feeds.ingest.FeedSamples.ATOM_TYPE;
import static org.openxeco.feeds.ingest.FeedSamples.RSS_TYPE;
import static org.openxeco.feeds.ingest.FeedSamples.atom;
import static org.openxeco.feeds.ingest.FeedSamples.entry;
import static org.openxeco.feeds.ingest.FeedSamples.item;
import static org.openxeco.feeds.ingest.FeedSamples.rss;
import static org.openxeco.feeds.ingest.FeedTesting.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.testing.Services;

/** Subscribing to RSS and Atom feeds turns their items into drafts, each item once. */
class FeedIngestServiceTest {

    private Services services;
    private FeedIngestService feeds;
    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        services = new Services();
        feeds = FeedTesting.wire(services);
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
        services.close();
    }

    @Test
    void rssItemsBecomeDraftNewsWithTheirSource() {
        server.serve("/rss", RSS_TYPE, rss("Cyber News",
                item("n-1", "First &amp; best", "https://news.example.org/1",
                        "<p>One <b>bold</b> line</p>", "Mon, 30 Nov 2026 08:15:00 GMT"),
                item("n-2", "Second", "https://news.example.org/2", "Plain two", null)));

        FeedSubscription subscription = admin(() -> feeds.subscribe(server.url("/rss")));

        assertEquals("Cyber News", subscription.getTitle());
        assertEquals(server.url("/rss"), subscription.getUrl());
        assertEquals("node", subscription.getCreatedBy());
        assertTrue(subscription.isActive());
        assertTrue(subscription.getLastSuccess().isPresent());
        Map<String, Article> drafts = drafts();
        assertEquals(2, drafts.size());
        Article first = drafts.get("First & best");
        assertEquals(ArticleType.NEWS, first.getType());
        assertEquals(ArticleStatus.DRAFT, first.getStatus());
        assertEquals("One bold line", first.getSummary());
        assertEquals("<p>One <b>bold</b> line</p>", first.getBody());
        assertNull(first.getPublishedAt());
        assertEquals(1, first.getLinks().size());
        ArticleLink source = first.getLinks().get(0);
        assertEquals("source", source.getKind());
        assertEquals("https://news.example.org/1", source.getUrl());
        assertEquals("Cyber News", source.getLabel());
        assertEquals("Plain two", drafts.get("Second").getSummary());

        List<FeedItem> items = admin(() -> feeds.recentItems(subscription.getUuid(), 10));
        Map<String, FeedItem> byGuid = items.stream()
                .collect(Collectors.toMap(FeedItem::getGuid, i -> i));
        assertEquals(Instant.parse("2026-11-30T08:15:00Z"),
                byGuid.get("n-1").getPublishedAt().orElseThrow());
        assertEquals(first.getUuid(), byGuid.get("n-1").getArticleUuid().orElseThrow());
        assertEquals("https://news.example.org/1", byGuid.get("n-1").getLink().orElseThrow());
        assertTrue(byGuid.get("n-2").getPublishedAt().isEmpty());
        assertEquals(2L, admin(() -> feeds.get(subscription.getUuid())).items());
    }

    @Test
    void atomEntriesBecomeDraftNews() {
        server.serve("/atom", ATOM_TYPE, atom("Atom Hub",
                entry("urn:x:1", "Atom one", "https://atom.example.org/1", "Short one",
                        "<p>Long <em>one</em></p>", "2026-11-29T12:00:00Z")));

        FeedSubscription subscription = admin(() -> feeds.subscribe(server.url("/atom")));

        assertEquals("Atom Hub", subscription.getTitle());
        Article draft = drafts().get("Atom one");
        assertEquals("Short one", draft.getSummary());
        assertEquals("<p>Long <em>one</em></p>", draft.getBody());
        assertEquals("https://atom.example.org/1", draft.getLinks().get(0).getUrl());
        FeedItem item = admin(() -> feeds.recentItems(null, 10)).get(0);
        assertEquals("urn:x:1", item.getGuid());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), item.getPublishedAt().orElseThrow());
    }

    @Test
    void aSecondCheckImportsOnlyTheNewItems() {
        String one = item("g-1", "One", "https://e.example.org/1", "1", null);
        String two = item("g-2", "Two", "https://e.example.org/2", "2", null);
        server.serve("/f", RSS_TYPE, rss("F", one, two));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();
        server.serve("/f", RSS_TYPE, rss("F renamed", item("g-3", "Three", null, "3", null),
                one, two));

        CheckOutcome outcome = admin(() -> feeds.check(id));

        assertEquals(CheckOutcome.State.IMPORTED, outcome.state());
        assertEquals(1, outcome.imported());
        assertEquals(List.of("One", "Three", "Two"), List.copyOf(drafts().keySet()));
        assertEquals("F renamed", admin(() -> feeds.get(id)).subscription().getTitle());
        assertEquals(3L, admin(() -> feeds.get(id)).items());
        assertEquals(0, admin(() -> feeds.check(id)).imported());
        assertEquals(3, drafts().size());
    }

    @Test
    void itemsWithoutGuidAreKeyedByLinkOrByTitleAndDate() {
        String byLink = item(null, "Linked", "https://e.example.org/linked", "x", null);
        String bare = item(null, "Bare", null, "y", "Tue, 01 Dec 2026 10:00:00 GMT");
        server.serve("/f", RSS_TYPE, rss("F", byLink, bare));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();

        assertEquals(0, admin(() -> feeds.check(id)).imported());

        List<String> guids = admin(() -> feeds.recentItems(id, 10)).stream()
                .map(FeedItem::getGuid).sorted().toList();
        assertEquals("https://e.example.org/linked", guids.get(0));
        assertTrue(guids.get(1).matches("sha256:[0-9a-f]{64}"), guids.get(1));
        assertEquals(2, drafts().size());
        assertTrue(drafts().get("Bare").getLinks().isEmpty());
    }

    @Test
    void aDeletedDraftIsNotMadeAgain() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();
        Article draft = drafts().get("One");
        services.asAdmin(() -> {
            services.articles.delete(draft.getUuid(), draft.getVersion());
            return null;
        });

        assertEquals(0, admin(() -> feeds.check(id)).imported());

        assertEquals(0, drafts().size());
        assertEquals(1L, admin(() -> feeds.get(id)).items());
    }

    @Test
    void onlyAdministratorsSubscribeOrCheck() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();

        assertThrows(NotAllowedException.class, () -> feeds.subscribe(server.url("/g")));
        assertThrows(NotAllowedException.class, () -> feeds.check(id));
        assertThrows(NotAllowedException.class, () -> feeds.list());
        assertThrows(NotAllowedException.class, () -> feeds.unsubscribe(id));
        assertEquals(1, admin(() -> feeds.list()).size());
    }

    @Test
    void pausedFeedsAreNotDueAndUnsubscribingKeepsTheDrafts() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();
        assertEquals(List.of(), feeds.due());
        feeds.clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.ofHours(2));
        assertEquals(List.of(id), feeds.due());

        admin(() -> feeds.pause(id));
        assertEquals(List.of(), feeds.due());
        admin(() -> feeds.resume(id));
        assertEquals(List.of(id), feeds.due());
        admin(() -> {
            feeds.unsubscribe(id);
            return null;
        });

        assertEquals(List.of(), admin(() -> feeds.list()));
        assertEquals(1, drafts().size());
    }

    @Test
    void scheduledChecksTakeOnlyTheDueActiveFeeds() {
        server.serve("/a", RSS_TYPE, rss("A", item("a-1", "A one", null, "1", null)));
        server.serve("/b", RSS_TYPE, rss("B", item("b-1", "B one", null, "1", null)));
        UUID a = admin(() -> feeds.subscribe(server.url("/a"))).getUuid();
        admin(() -> feeds.subscribe(server.url("/b")));
        server.serve("/a", RSS_TYPE, rss("A", item("a-2", "A two", null, "2", null)));
        server.serve("/b", RSS_TYPE, rss("B", item("b-2", "B two", null, "2", null)));

        assertEquals(0, admin(() -> feeds.checkDue()));
        assertEquals(2, drafts().size());

        later(61);
        assertEquals(2, admin(() -> feeds.checkDue()));
        assertEquals(List.of("A one", "A two", "B one", "B two"),
                List.copyOf(drafts().keySet()));

        admin(() -> feeds.pause(a));
        server.serve("/a", RSS_TYPE, rss("A", item("a-3", "A three", null, "3", null)));
        later(200);
        assertEquals(1, admin(() -> feeds.checkDue()));
        assertEquals(4, drafts().size());
        assertThrows(NotAllowedException.class, () -> feeds.checkDue());
    }

    @Test
    void aFeedsOwnIntervalDecidesWhenItIsDue() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();

        FeedSubscription changed = admin(() -> feeds.setCheckInterval(id, "PT10M"));

        assertEquals(java.time.Duration.ofMinutes(10), changed.getCheckInterval().orElseThrow());
        later(11);
        assertEquals(List.of(id), feeds.due());
        admin(() -> feeds.setCheckInterval(id, " "));
        assertEquals(List.of(), feeds.due());
        for (String bad : List.of("10 minutes", "PT1M", "P60D")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> admin(() -> feeds.setCheckInterval(id, bad)));
            assertEquals(List.of("checkInterval"), e.errors().stream()
                    .map(org.openxeco.kernel.FieldError::field).toList(), bad);
        }
        assertTrue(admin(() -> feeds.get(id)).subscription().getCheckInterval().isEmpty());
    }

    /** Moves the clocks of the service and its ledger the given minutes ahead. */
    private void later(int minutes) {
        feeds.clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.ofMinutes(minutes));
        feeds.ledger.clock = feeds.clock;
    }

    /** The drafts by title, in title order. */
    private Map<String, Article> drafts() {
        return services.asAdmin(() -> services.entityManager().createQuery(
                "select a from Article a order by a.title", Article.class).getResultList())
                .stream().collect(Collectors.toMap(Article::getTitle, a -> a, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
