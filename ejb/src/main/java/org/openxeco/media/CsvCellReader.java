package org.openxeco.media;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Reads the typed cells of one row, collecting a {@link FieldError} per unreadable column
 * instead of stopping at the first. Empty cells read as null (or an empty list).
 */
public final class CsvCellReader {

    private final CsvRow row;
    private final List<FieldError> errors = new ArrayList<>();

    public CsvCellReader(CsvRow row) {
        this.row = row;
    }

    /** The columns that could not be read so far. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Records a problem with a column: the key of its text in {@link Problems}, arguments. */
    public void fail(String column, String key, Object... arguments) {
        errors.add(Problems.field(column, key, arguments));
    }

    /** The text of a cell as written; null when the cell is blank. */
    public String text(String column) {
        return row.get(column) == null ? null : row.raw(column);
    }

    /** The values of a multi-valued cell. */
    public List<String> list(String column) {
        return CsvCells.split(row.cells().get(column));
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return read(column, text -> Enum.valueOf(type,
                text.toUpperCase(Locale.ROOT).replace('-', '_')),
                "csv.cell.oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }

    public Instant instant(String column) {
        return read(column, Instant::parse, "csv.cell.instant");
    }

    public LocalDate date(String column) {
        return read(column, LocalDate::parse, "csv.cell.date");
    }

    public Boolean bool(String column) {
        return read(column, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        }, "csv.cell.boolean");
    }

    public UUID uuid(String column) {
        return read(column, UUID::fromString, "csv.cell.uuid");
    }

    public Long number(String column) {
        return read(column, Long::valueOf, "csv.cell.number");
    }

    /** Empty list values read as null, so that parallel columns keep their positions. */
    public static String orNull(List<String> values, int index) {
        return index < values.size() && !values.get(index).isEmpty() ? values.get(index) : null;
    }

    /** The parsed cell; else a problem with the text of the key, which gets {1} the cell. */
    private <T> T read(String column, Function<String, T> parse, String key,
            Object... arguments) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Object[] filled = Arrays.copyOf(arguments, 2);
            filled[1] = text;
            fail(column, key, filled);
            return null;
        }
    }
}
