package org.openxeco.media;

import java.util.Map;

/** One data row of an uploaded CSV file: the line it starts on and its cells by column. */
public record CsvRow(int line, Map<String, String> cells) {

    /** The cell of a column, stripped; null when empty. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell of a column exactly as written; null when empty. */
    public String raw(String column) {
        String value = cells.get(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
