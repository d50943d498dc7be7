package org.openxeco.feeds.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.feeds.ingest.FeedSamples.RSS_TYPE;
import static org.openxeco.feeds.ingest.FeedSamples.item;
import static org.openxeco.feeds.ingest.FeedSamples.rss;
import static org.openxeco.feeds.ingest.FeedTesting.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.RequestLocale;
import org.openxeco.testing.Services;

/**
 * A feed that cannot be read is refused when subscribing (nothing stored) and recorded on
 * the subscription when checking (nothing imported); unchanged feeds cost a 304; HTML from
 * feeds keeps only what the allow-list lets through.
 */
class FeedFailuresServiceTest {

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
    void unreadableFeedsAreRefusedNamingTheAddressAndNothingIsStored() {
        server.serve("/broken", RSS_TYPE, "<rss version=\"2.0\"><channel><title>x</title>");
        server.serve("/html", "text/html; charset=UTF-8", "<html><body>Hi</body></html>");
        server.serve("/big", RSS_TYPE, rss("Big", item("g", "T", null,
                "x".repeat((int) FeedTesting.MAX_BYTES), null)));
        server.serve("/gone", new FeedServer.Reply(410, null, null, null, null));
        server.serve("/away", new FeedServer.Reply(302, null, null, null,
                "http://169.254.169.254/latest/meta-data"));

        assertRefused("/broken", FeedProblem.NOT_A_FEED);
        assertRefused("/html", FeedProblem.WRONG_TYPE);
        assertRefused("/big", FeedProblem.TOO_LARGE);
        assertRefused("/gone", FeedProblem.HTTP_STATUS);
        FeedRefusedException away = assertRefused("/away", FeedProblem.FORBIDDEN_ADDRESS);
        assertTrue(away.detail().contains("169.254.169.254"), away.detail());

        assertEquals(List.of(), admin(() -> feeds.list()));
        assertEquals(0, articleCount());
    }

    @Test
    void refusalDetailsComeInThePersonsLanguage() {
        server.serve("/away", new FeedServer.Reply(302, null, null, null,
                "http://169.254.169.254/latest/meta-data"));
        RequestLocale.enter(Locale.FRENCH);
        try {
            FeedRefusedException away = assertRefused("/away", FeedProblem.FORBIDDEN_ADDRESS);
            assertTrue(away.detail().startsWith("pointe vers"), away.detail());
            server.serve("/big", RSS_TYPE, rss("Big", item("g", "T", null,
                    "x".repeat((int) FeedTesting.MAX_BYTES), null)));
            RequestLocale.enter(Locale.GERMAN);
            FeedRefusedException big = assertRefused("/big", FeedProblem.TOO_LARGE);
            assertEquals("mehr als " + FeedTesting.MAX_BYTES + " Bytes", big.detail());
        } finally {
            RequestLocale.clear();
        }
    }

    @Test
    void aFeedSentTooSlowlyIsCutOffAndRefused() {
        server.serveSlowly("/slow", RSS_TYPE, rss("Slow", item("g", "T", null, "x", null)),
                8000);

        FeedRefusedException slow = assertRefused("/slow", FeedProblem.UNREACHABLE);

        assertTrue(slow.detail().startsWith("no complete answer within"), slow.detail());
        assertEquals(List.of(), admin(() -> feeds.list()));
    }

    @Test
    void duplicatesAndBadAddressesAreRefusedNamingTheAddress() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        admin(() -> feeds.subscribe(server.url("/f")));

        assertRefused("/f", FeedProblem.DUPLICATE);
        FeedRefusedException ftp = assertThrows(FeedRefusedException.class,
                () -> admin(() -> feeds.subscribe("ftp://127.0.0.1/feed")));
        assertEquals(FeedProblem.FORBIDDEN_ADDRESS, ftp.problem());
        assertEquals(List.of("url"), ftp.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("url"), assertThrows(org.openxeco.kernel.InvalidInputException.class,
                () -> admin(() -> feeds.subscribe("  "))).errors().stream()
                .map(FieldError::field).toList());
        assertEquals(1, admin(() -> feeds.list()).size());
    }

    @Test
    void aFailedCheckIsRecordedAndImportsNothing() {
        server.serve("/f", RSS_TYPE, rss("F", item("g-1", "One", null, "1", null)));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();
        // The new item comes with a broken end: none of the feed may be imported.
        server.serve("/f", RSS_TYPE, rss("F", item("g-2", "Two", null, "2", null),
                item("g-1", "One", null, "1", null)).replace("</channel>", "</chanel>"));

        CheckOutcome first = admin(() -> feeds.check(id));
        CheckOutcome second = admin(() -> feeds.check(id));

        assertEquals(CheckOutcome.State.FAILED, first.state());
        assertEquals(FeedProblem.NOT_A_FEED, second.problem());
        FeedSubscription state = admin(() -> feeds.get(id)).subscription();
        assertEquals(FeedProblem.NOT_A_FEED, state.getLastError().orElseThrow());
        assertFalse(state.getLastErrorDetail().orElseThrow().isBlank());
        assertEquals(2, state.getConsecutiveFailures());
        assertFalse(state.isChecking());
        assertEquals(1, articleCount());

        server.serve("/f", RSS_TYPE, rss("F", item("g-2", "Two", null, "2", null)));
        assertEquals(1, admin(() -> feeds.check(id)).imported());
        state = admin(() -> feeds.get(id)).subscription();
        assertTrue(state.getLastError().isEmpty());
        assertEquals(0, state.getConsecutiveFailures());
    }

    @Test
    void anUnchangedFeedAnswers304AndImportsNothing() {
        String body = rss("F", item("g-1", "One", null, "1", null));
        server.serve("/f", new FeedServer.Reply(200, RSS_TYPE,
                body.getBytes(StandardCharsets.UTF_8), "\"v1\"", null));
        UUID id = admin(() -> feeds.subscribe(server.url("/f"))).getUuid();

        CheckOutcome outcome = admin(() -> feeds.check(id));

        assertEquals(CheckOutcome.State.NOT_MODIFIED, outcome.state());
        assertEquals(List.of("\"v1\""), server.ifNoneMatch);
        assertEquals(1, articleCount());
        assertTrue(admin(() -> feeds.get(id)).subscription().getLastError().isEmpty());
    }

    @Test
    void htmlFromTheFeedIsSanitised() {
        String html = "<p onclick=\"steal()\">Hello <script>alert(1)</script>"
                + "<img src=\"https://tracker.example.net/p.gif\"> <a href=\"javascript:x()\">a</a>"
                + " <a href=\"https://ok.example.org/\">b</a></p><iframe src=\"https://x\"></iframe>";
        server.serve("/f", RSS_TYPE, rss("F <b>bold</b>",
                item("g-1", "Title &lt;i&gt;x&lt;/i&gt;", "javascript:alert(1)", html, null)));

        admin(() -> feeds.subscribe(server.url("/f")));

        Article draft = services.asAdmin(() -> services.entityManager()
                .createQuery("select a from Article a", Article.class).getSingleResult());
        assertEquals("<p>Hello  a <a href=\"https://ok.example.org/\" rel=\"nofollow\">b</a></p>",
                draft.getBody());
        assertEquals("Hello a b", draft.getSummary());
        assertEquals("Title x", draft.getTitle());
        assertEquals(List.of(), draft.getLinks());
    }

    @Test
    void aDeclaredEncodingOtherThanUtf8IsRead() {
        String body = rss("Caf\u00e9", item("g-1", "R\u00e9sum\u00e9 \u00e0 la une", null, "\u00e9t\u00e9",
                null)).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        server.serve("/latin", new FeedServer.Reply(200, "application/xml",
                body.getBytes(StandardCharsets.ISO_8859_1), null, null));

        FeedSubscription subscription = admin(() -> feeds.subscribe(server.url("/latin")));

        assertEquals("Caf\u00e9", subscription.getTitle());
        Article draft = services.asAdmin(() -> services.entityManager()
                .createQuery("select a from Article a", Article.class).getSingleResult());
        assertEquals("R\u00e9sum\u00e9 \u00e0 la une", draft.getTitle());
        assertEquals("\u00e9t\u00e9", draft.getSummary());
    }

    private FeedRefusedException assertRefused(String path, FeedProblem problem) {
        FeedRefusedException e = assertThrows(FeedRefusedException.class,
                () -> admin(() -> feeds.subscribe(server.url(path))));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(List.of("url"), e.errors().stream().map(FieldError::field).toList());
        return e;
    }

    private long articleCount() {
        return services.asAdmin(() -> services.entityManager()
                .createQuery("select count(a) from Article a", Long.class).getSingleResult());
    }
}
