package org.openxeco.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.PageRequest;

/** Parses path, query and header parameters, failing with the parameter's name. */
public final class Params {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private Params() {
    }

    public static UUID uuid(String text, String field) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw new InvalidInputException(field, "'" + text + "' is not a UUID");
        }
        return UUID.fromString(text);
    }

    /** The page asked for: an optional cursor and a size, by default 20. */
    public static PageRequest page(String cursor, String size) {
        int count = PageRequest.DEFAULT_SIZE;
        if (size != null && !size.isBlank()) {
            try {
                count = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("size", "'" + size + "' is not a number");
            }
        }
        return new PageRequest(Optional.ofNullable(cursor).filter(c -> !c.isBlank()), count);
    }

    public static Optional<String> country(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!COUNTRY.matcher(text).matches()) {
            throw new InvalidInputException("country",
                    "Use an ISO 3166-1 alpha-2 code in capitals, such as LU");
        }
        return Optional.of(text);
    }

    /** Years every supported database stores exactly. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    /** Refuses a year outside the range the node stores. */
    public static void checkYear(int year, String field) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(field, "The year must lie between " + FIRST_YEAR
                    + " and " + LAST_YEAR);
        }
    }

    /** The start of a day given as {@code YYYY-MM-DD}, in UTC. */
    public static Optional<Instant> dayStart(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(text);
            checkYear(day.getYear(), field);
            return Optional.of(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * The version a client based its change on: from the body, from {@code If-Match}, or
     * from both when they agree.
     */
    /** A whole number between the bounds, or the fallback when the parameter is absent. */
    public static int count(String text, String field, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Answered below like a number out of bounds.
        }
        throw new InvalidInputException(field, "A whole number from " + min + " to " + max);
    }

    public static long version(Long inBody, String ifMatch) {
        if (inBody == null) {
            return ifMatch(ifMatch);
        }
        if (ifMatch != null && !ifMatch.isBlank() && ifMatch(ifMatch) != inBody) {
            throw new InvalidInputException("If-Match", "The If-Match header names version "
                    + ifMatch(ifMatch) + " but the body names version " + inBody);
        }
        return inBody;
    }

    /** The version a client based its change on, from an {@code If-Match} header. */
    public static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException("If-Match",
                    "Send the version you saw in an If-Match header, such as If-Match: \"3\"");
        }
        String text = header.strip().replaceFirst("^W/", "").replace("\"", "");
        if (text.endsWith(Responses.LD_TAG_SUFFIX)) {
            text = text.substring(0, text.length() - Responses.LD_TAG_SUFFIX.length());
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "'" + header + "' is not a version");
        }
    }
}
