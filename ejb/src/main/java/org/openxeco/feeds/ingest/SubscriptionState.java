package org.openxeco.feeds.ingest;

/** A subscription with the number of items read from its feed so far. */
public record SubscriptionState(FeedSubscription subscription, long items) {
}
