package org.openxeco.network.peers;

import java.time.Duration;
import java.time.Instant;

/**
 * At most so many uses per period: a cap on the work strangers can make this node do (such
 * as fetching their descriptors) before they are trusted. Per server; a cluster multiplies it.
 */
final class FetchBudget {

    private final int perPeriod;
    private final Duration period;
    private Instant start = Instant.EPOCH;
    private int used;

    FetchBudget(int perPeriod, Duration period) {
        this.perPeriod = perPeriod;
        this.period = period;
    }

    synchronized boolean tryAcquire() {
        Instant now = Instant.now();
        if (now.isAfter(start.plus(period))) {
            start = now;
            used = 0;
        }
        if (used >= perPeriod) {
            return false;
        }
        used++;
        return true;
    }
}
