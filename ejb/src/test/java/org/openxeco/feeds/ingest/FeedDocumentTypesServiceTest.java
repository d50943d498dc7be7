package org.openxeco.feeds.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.openxeco.feeds.ingest.FeedSamples.RSS_TYPE;
import static org.openxeco.feeds.ingest.FeedTesting.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.testing.Services;

/**
 * Feeds that start with a document type declaration, as RSS 0.91 feeds do, are read; the
 * DTD it names is never fetched and entities declared in the document are never expanded:
 * such a feed is refused, whether its entities are external or a bomb.
 */
class FeedDocumentTypesServiceTest {

    private static final String NETSCAPE = "<!DOCTYPE rss PUBLIC"
            + " \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
            + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n";

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
    void anRss091FeedWithNetscapesDoctypeIsRead() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + NETSCAPE
                + rss091("Harbour notes", "Quay&nbsp;works &eacute;t&eacute; done");
        server.serve("/rss091", new FeedServer.Reply(200, "text/xml",
                feed.getBytes(StandardCharsets.ISO_8859_1), null, null));

        FeedSubscription subscription = admin(() -> feeds.subscribe(server.url("/rss091")));

        assertEquals("Harbour notes", subscription.getTitle());
        Article draft = onlyArticle();
        assertEquals("The pier reopens", draft.getTitle());
        assertEquals("Quay\u00a0works \u00e9t\u00e9 done".replace('\u00a0', ' '),
                draft.getSummary().replace('\u00a0', ' '));
        assertEquals("https://harbour.example.org/pier", draft.getLinks().get(0).getUrl());
    }

    @Test
    void theDtdADoctypeNamesIsNeverFetched() {
        server.serve("/rss.dtd", "application/xml-dtd", "<!ENTITY port \"Fetched\">");
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + server.url("/rss.dtd")
                + "\">\n" + rss091("Local &port; news", "Nothing from outside");
        server.serve("/f", RSS_TYPE, feed);

        FeedSubscription subscription = admin(() -> feeds.subscribe(server.url("/f")));

        assertEquals(List.of("/f"), server.requested);
        assertFalse(subscription.getTitle().contains("Fetched"), subscription.getTitle());
        assertEquals(1, articleCount());
    }

    @Test
    void externalEntitiesAreRefusedAndNeverFetched() {
        server.serve("/secret", "text/plain", "Secret");
        server.serve("/evil.dtd", "application/xml-dtd", "<!ENTITY evil \"Evil\">");
        server.serve("/general", RSS_TYPE, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "<!ENTITY secret SYSTEM \"" + server.url("/secret") + "\">\n]>\n"
                + rss091("&secret;", "x"));
        server.serve("/parameter", RSS_TYPE, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "<!ENTITY % evil SYSTEM \"" + server.url("/evil.dtd") + "\">\n%evil;\n]>\n"
                + rss091("&evil;", "x"));

        assertRefused("/general");
        assertRefused("/parameter");

        assertEquals(List.of("/general", "/parameter"), server.requested);
        assertEquals(List.of(), admin(() -> feeds.list()));
        assertEquals(0, articleCount());
    }

    @Test
    void anEntityBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n").append(rss091("&lol9;", "&lol9;"));
        server.serve("/bomb", RSS_TYPE, bomb.toString());

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefused("/bomb"));

        assertEquals(0, articleCount());
    }

    private static String rss091(String title, String description) {
        return """
                <rss version="0.91">
                <channel>
                <title>%s</title>
                <link>https://harbour.example.org/</link>
                <description>Notes from the harbour</description>
                <language>en-gb</language>
                <item>
                <title>The pier reopens</title>
                <link>https://harbour.example.org/pier</link>
                <description>%s</description>
                </item>
                </channel>
                </rss>
                """.formatted(title, description);
    }

    private void assertRefused(String path) {
        FeedRefusedException e = assertThrows(FeedRefusedException.class,
                () -> admin(() -> feeds.subscribe(server.url(path))));
        assertEquals(FeedProblem.NOT_A_FEED, e.problem(), e.getMessage());
    }

    private Article onlyArticle() {
        return services.asAdmin(() -> services.entityManager()
                .createQuery("select a from Article a", Article.class).getSingleResult());
    }

    private long articleCount() {
        return services.asAdmin(() -> services.entityManager()
                .createQuery("select count(a) from Article a", Long.class).getSingleResult());
    }
}
