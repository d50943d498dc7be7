package org.openxeco.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openxeco.kernel.Problems;

/**
 * Enum values as the API writes them: lower case with hyphens, such as {@code job-offer}.
 * Read in any case, with hyphens or underscores ({@code JOB_OFFER} as CSV files write it).
 */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an API name in any case, with hyphens or underscores, failing with the field
     * and the allowed values.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String given = text == null ? "" : text.strip().replace('_', '-');
        for (E value : type.getEnumConstants()) {
            if (name(value).equalsIgnoreCase(given)) {
                return value;
            }
        }
        throw Problems.invalid(field, "value.unknown", text, Arrays.stream(
                type.getEnumConstants()).map(ApiEnums::name).collect(Collectors.joining(", ")));
    }

    /** Parses an optional API name: null or blank gives empty. */
    public static <E extends Enum<E>> Optional<E> parseOptional(Class<E> type, String text,
            String field) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(parse(type, text, field));
    }

    /** Parses an optional list filter: null or blank gives empty. */
    public static <E extends Enum<E>> Optional<E> parseFilter(Class<E> type, String text,
            String field) {
        return parseOptional(type, text, field);
    }
}
