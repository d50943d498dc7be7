package org.openxeco.web.admin.feeds;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.openxeco.feeds.ingest.FeedSubscription;
import org.openxeco.feeds.ingest.SubscriptionState;

/**
 * One subscription as the feeds screen lists it; the problem is a key of the bundle, the
 * interval the subscription's own (an ISO-8601 duration), empty when it has the node's.
 */
public record FeedRow(UUID uuid, String title, String url, boolean active, Instant lastChecked,
        Instant lastSuccess, String problem, String detail, int failures, long items,
        String interval) implements Serializable {

    static FeedRow of(SubscriptionState state) {
        FeedSubscription s = state.subscription();
        return new FeedRow(s.getUuid(), s.getTitle(), s.getUrl(), s.isActive(),
                s.getLastChecked().orElse(null), s.getLastSuccess().orElse(null),
                s.getLastError().map(p -> "feeds.problem." + p.name()).orElse(null),
                s.getLastErrorDetail().orElse(""), s.getConsecutiveFailures(), state.items(),
                s.getCheckInterval().map(Duration::toString).orElse(""));
    }
}
