package org.openxeco.feeds.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.openxeco.kernel.InvalidInputException;

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
            throw new InvalidInputException("url", "Give the feed's address");
        }
        if (text.length() > URL_MAX) {
            throw new InvalidInputException("url", "The address is longer than " + URL_MAX
                    + " characters");
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new FeedRefusedException(FeedProblem.FORBIDDEN_ADDRESS,
                        "give a full http:// or https:// address");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "'" + text + "' is not a valid address");
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
            throw new InvalidInputException("checkInterval", "'" + every
                    + "' is not an ISO-8601 duration such as PT30M");
        }
        if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
            throw new InvalidInputException("checkInterval", "Choose an interval between "
                    + SHORTEST_INTERVAL + " and " + LONGEST_INTERVAL);
        }
        return interval;
    }
}
