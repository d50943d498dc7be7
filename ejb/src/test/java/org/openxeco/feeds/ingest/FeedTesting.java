package org.openxeco.feeds.ingest;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.openxeco.kernel.SystemTask;
import org.openxeco.network.peers.OutboundGuard;
import org.openxeco.testing.Services;

/**
 * Wires the feed service of test services as the container does: each step of the ledger
 * in a transaction of its own, and a fetcher whose guard lets loopback addresses through
 * (the test's feeds are served on 127.0.0.1).
 */
final class FeedTesting {

    static final long MAX_BYTES = 64 * 1024;

    private FeedTesting() {
    }

    static FeedIngestService wire(Services services) {
        Ledger ledger = new Ledger(services);
        ledger.em = services.entityManager();
        ledger.changes = services.changes;
        ledger.articles = services.articles;
        services.feedIngest.ledger = ledger;
        services.feedIngest.fetcher = new FeedFetcher(new OutboundGuard(true),
                Duration.ofSeconds(5), MAX_BYTES);
        return services.feedIngest;
    }

    /** Runs the work with the rights of an administrator, outside any transaction. */
    static <T> T admin(Callable<T> work) {
        try {
            return SystemTask.run(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ledger with each call in a transaction of the services' entity manager. */
    static final class Ledger extends FeedLedger {

        private final Services services;

        Ledger(Services services) {
            this.services = services;
        }

        @Override
        public FeedSubscription subscribe(String url, String by, ParsedFeed feed, String etag,
                String lastModified) {
            return services.asVisitor(() -> super.subscribe(url, by, feed, etag, lastModified));
        }

        @Override
        public Optional<Claim> claim(UUID uuid, Duration stale, Duration dueEvery) {
            return services.asVisitor(() -> super.claim(uuid, stale, dueEvery));
        }

        @Override
        public int imported(long id, ParsedFeed feed, String etag, String lastModified) {
            return services.asVisitor(() -> super.imported(id, feed, etag, lastModified));
        }

        @Override
        public void notModified(long id) {
            services.asVisitor(() -> {
                super.notModified(id);
                return null;
            });
        }

        @Override
        public void failed(long id, FeedProblem problem, String detail) {
            services.asVisitor(() -> {
                super.failed(id, problem, detail);
                return null;
            });
        }

        @Override
        public void release(long id) {
            services.asVisitor(() -> {
                super.release(id);
                return null;
            });
        }

        @Override
        public FeedSubscription activate(UUID uuid, boolean active) {
            return services.asVisitor(() -> super.activate(uuid, active));
        }

        @Override
        public FeedSubscription interval(UUID uuid, Duration every) {
            return services.asVisitor(() -> super.interval(uuid, every));
        }

        @Override
        public void remove(UUID uuid) {
            services.asVisitor(() -> {
                super.remove(uuid);
                return null;
            });
        }

        @Override
        public Optional<FeedSubscription> findByUrl(String url) {
            return services.asVisitor(() -> super.findByUrl(url));
        }
    }
}
