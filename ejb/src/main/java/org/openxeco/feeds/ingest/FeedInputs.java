package org.openxeco.feeds.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.openxeco.kernel.Problems;

/** Checks what administrators type for a subscription: the feed's address, its interval. */
final class FeedInputs {

    static final int URL_MAX = 2000;
    static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(5);
    static final Duration LONGEST_INTERVAL = Duration.ofDays(30);

    private FeedInputs() {
    }

    /** The typed address, checked to be an absolute http(s) URL of reasonable length. */
    static String address(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw Problems.invalid("url", "feed.addressNeeded");
        }
        if (text.length() > URL_MAX) {
            throw Problems.invalid("url", "feed.addressLong", URL_MAX);
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new FeedRefusedException(FeedProblem.FORBIDDEN_ADDRESS,
                        Problems.text("feed.addressFull"));
            }
        } catch (URISyntaxException e) {
            throw Problems.invalid("url", "feed.addressInvalid", text);
        }
        return text;
    }

    /** An ISO-8601 duration within the allowed range, or null (the default) when blank. */
    static Duration interval(String every) {
        if (every == null || every.isBlank()) {
            return null;
        }
        Duration interval;
        try {
            interval = Duration.parse(every.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalid("checkInterval", "feed.intervalInvalid", every);
        }
        if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
            throw Problems.invalid("checkInterval", "feed.intervalRange", SHORTEST_INTERVAL,
                    LONGEST_INTERVAL);
        }
        return interval;
    }
}
