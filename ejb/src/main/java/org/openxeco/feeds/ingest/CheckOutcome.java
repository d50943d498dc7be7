package org.openxeco.feeds.ingest;

/**
 * How a check of a feed ended: new items imported (possibly none), the feed unchanged since
 * the last check, another check still busy with it, or a failure with its reason.
 */
public record CheckOutcome(State state, int imported, FeedProblem problem, String detail) {

    public enum State {
        IMPORTED,
        NOT_MODIFIED,
        BUSY,
        FAILED
    }

    static CheckOutcome imported(int count) {
        return new CheckOutcome(State.IMPORTED, count, null, null);
    }

    static CheckOutcome of(State state) {
        return new CheckOutcome(state, 0, null, null);
    }

    static CheckOutcome failed(FeedRefusedException e) {
        return new CheckOutcome(State.FAILED, 0, e.problem(), e.detail());
    }
}
