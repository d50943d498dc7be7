package org.openxeco.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openxeco.kernel.InvalidInputException;

/** Enum values as the API writes them: lower case with hyphens, such as {@code job-offer}. */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an API name, failing with the field and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        for (E value : type.getEnumConstants()) {
            if (name(value).equals(text)) {
                return value;
            }
        }
        throw new InvalidInputException(field, "Unknown value '" + text + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(ApiEnums::name)
                        .collect(Collectors.joining(", ")));
    }

    /** Parses an optional API name: null or blank gives empty. */
    public static <E extends Enum<E>> Optional<E> parseOptional(Class<E> type, String text,
            String field) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(parse(type, text, field));
    }

    /**
     * Parses an optional list filter: null or blank gives empty. Besides the API name, the
     * constant's name as CSV files write it ({@code JOB_OFFER}) is taken, in any case.
     */
    public static <E extends Enum<E>> Optional<E> parseFilter(Class<E> type, String text,
            String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        for (E value : type.getEnumConstants()) {
            if (name(value).equalsIgnoreCase(given) || value.name().equalsIgnoreCase(given)) {
                return Optional.of(value);
            }
        }
        return Optional.of(parse(type, text, field));
    }
}
