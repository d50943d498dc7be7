package org.openxeco.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the field map of an {@link Audited} object with readable, stable values. */
public final class AuditFields {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private AuditFields() {
    }

    public static AuditFields start() {
        return new AuditFields();
    }

    /** A single value, shown with {@code toString()}; {@code null} stays absent. */
    public AuditFields put(String field, Object value) {
        fields.put(field, value == null ? null : value.toString());
        return this;
    }

    /** A collection shown as its items, each formatted, joined in their own order. */
    public <T> AuditFields list(String field, Collection<T> values, Function<T, String> format) {
        fields.put(field, values == null ? null : values.stream().map(format)
                .filter(Objects::nonNull).collect(Collectors.joining("; ")));
        return this;
    }

    /** A set shown as its items, each formatted, sorted so that order never shows as a change. */
    public <T> AuditFields set(String field, Collection<T> values, Function<T, String> format) {
        fields.put(field, values == null ? null : values.stream().map(format)
                .filter(Objects::nonNull).sorted().collect(Collectors.joining("; ")));
        return this;
    }

    /** A map of language (or other key) to text, shown as {@code key: text} sorted by key. */
    public AuditFields map(String field, Map<String, String> values) {
        fields.put(field, values == null ? null : values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        return this;
    }

    public Map<String, String> build() {
        return fields;
    }
}
