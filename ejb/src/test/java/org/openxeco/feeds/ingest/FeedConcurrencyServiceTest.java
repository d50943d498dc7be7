package org.openxeco.feeds.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.feeds.ingest.FeedSamples.RSS_TYPE;
import static org.openxeco.feeds.ingest.FeedSamples.item;
import static org.openxeco.feeds.ingest.FeedSamples.rss;
import static org.openxeco.feeds.ingest.FeedTesting.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.testing.Services;

/** Two checks of one feed at the same time import each item once. */
class FeedConcurrencyServiceTest {

    private Services one;
    private Services two;
    private FeedServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void start() throws Exception {
        one = new Services();
        two = new Services(one);
        FeedTesting.wire(one);
        FeedTesting.wire(two);
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
        two.close();
        one.close();
    }

    @Test
    void twoChecksAtOnceImportEachItemOnce() throws Exception {
        server.serve("/f", RSS_TYPE, rss("F", item("g-0", "Zero", null, "0", null)));
        UUID id = admin(() -> one.feedIngest.subscribe(server.url("/f"))).getUuid();
        server.serve("/f", RSS_TYPE, rss("F", items(1, 6)));

        List<CheckOutcome> outcomes = together(() -> one.feedIngest.check(id),
                () -> two.feedIngest.check(id));

        assertEquals(5, outcomes.get(0).imported() + outcomes.get(1).imported(),
                outcomes.toString());
        assertEquals(6L, counts("select count(a) from Article a"));
        assertEquals(6L, counts("select count(i) from FeedItem i"));
        assertEquals(6L, admin(() -> one.feedIngest.get(id)).items());
        assertTrue(!admin(() -> one.feedIngest.get(id)).subscription().isChecking());
    }

    @Test
    void twoImportsPastTheClaimStillStoreEachItemOnce() throws Exception {
        server.serve("/f", RSS_TYPE, rss("F", item("g-0", "Zero", null, "0", null)));
        FeedSubscription subscription = admin(() -> one.feedIngest.subscribe(server.url("/f")));
        long id = subscription.getId();
        ParsedFeed feed = FeedReader.read(rss("F", items(1, 9)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8), RSS_TYPE,
                java.net.URI.create(server.url("/f")), 100);

        List<Integer> imported = together(
                () -> one.feedIngest.ledger.imported(id, feed, null, null),
                () -> two.feedIngest.ledger.imported(id, feed, null, null));

        assertEquals(8, imported.get(0) + imported.get(1), imported.toString());
        assertEquals(9L, counts("select count(a) from Article a"));
        assertEquals(9L, counts("select count(i) from FeedItem i"));
    }

    private static String[] items(int from, int to) {
        List<String> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            items.add(item("g-" + i, "Item " + i, "https://e.example.org/" + i, "Text " + i,
                    null));
        }
        return items.toArray(String[]::new);
    }

    @SafeVarargs
    private <T> List<T> together(Callable<T>... works) throws Exception {
        CyclicBarrier start = new CyclicBarrier(works.length);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> work : works) {
            futures.add(threads.submit(() -> {
                start.await();
                return admin(work);
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private long counts(String query) {
        return one.asAdmin(() -> one.entityManager().createQuery(query, Long.class)
                .getSingleResult());
    }
}
