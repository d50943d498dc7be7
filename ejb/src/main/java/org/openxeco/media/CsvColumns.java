package org.openxeco.media;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.StaleVersionException;

/**
 * Names the CSV columns behind a service's refusal: the service speaks of fields such as
 * {@code addresses[1].countryCode}, the report of the column {@code address_country_codes}
 * and the value's position in its cell.
 */
public final class CsvColumns {

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z.]+?)\\[(\\d+)\\](.*)");

    private final Map<String, String> columnOfField;

    /** Columns by field path without positions ({@code addresses.countryCode}). */
    public CsvColumns(Map<String, String> columnOfField) {
        this.columnOfField = Map.copyOf(columnOfField);
    }

    /** The failing columns of a refusal, each with its message. */
    public List<FieldError> errors(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(this::column).toList();
        }
        if (e instanceof StaleVersionException stale) {
            return List.of(Problems.field("version", "csv.version.changed", stale.givenVersion(),
                    stale.currentVersion()));
        }
        if (e instanceof ConflictException conflict && conflict.kind().startsWith("duplicate-")) {
            return List.of(new FieldError(conflict.kind().substring("duplicate-".length()),
                    e.getMessage()));
        }
        return List.of(new FieldError("row", e.getMessage()));
    }

    private FieldError column(FieldError error) {
        Matcher indexed = INDEXED.matcher(error.field());
        if (indexed.matches()) {
            String base = indexed.group(1);
            String column = columnOfField.getOrDefault(base + indexed.group(3),
                    columnOfField.getOrDefault(base, snake(base)));
            return Problems.field(column, "csv.cell.value", Integer.parseInt(indexed.group(2)) + 1,
                    error.message());
        }
        return new FieldError(columnOfField.getOrDefault(error.field(), snake(error.field())),
                error.message());
    }

    private static String snake(String field) {
        return field.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
