package org.openxeco.rest.feeds;

import java.time.Instant;
import java.util.Locale;

import org.openxeco.feeds.ingest.FeedSubscription;
import org.openxeco.feeds.ingest.SubscriptionState;

/** A feed subscription as administrators see it through the API. */
public record FeedSubscriptionView(String id, String url, String title, boolean active,
        String checkInterval, Instant created, String createdBy, Instant lastChecked,
        Instant lastSuccess, String lastError, String lastErrorDetail, int consecutiveFailures,
        long items) {

    static FeedSubscriptionView of(SubscriptionState state) {
        FeedSubscription s = state.subscription();
        return new FeedSubscriptionView(s.getUuid().toString(), s.getUrl(), s.getTitle(),
                s.isActive(), s.getCheckInterval().map(Object::toString).orElse(null),
                s.getCreated(), s.getCreatedBy(), s.getLastChecked().orElse(null),
                s.getLastSuccess().orElse(null),
                s.getLastError().map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElse(null),
                s.getLastErrorDetail().orElse(null), s.getConsecutiveFailures(), state.items());
    }
}
