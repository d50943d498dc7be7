package org.openxeco.media;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of multi-valued CSV cells and its reading back. Values are joined with
 * {@code " | "}; inside a value a backslash escapes a literal {@code |} ({@code \|}) or
 * backslash ({@code \\}). Positions are kept, empty ones included, so that parallel columns
 * (the parts of addresses or links) line up. Values are read back trimmed.
 */
public final class CsvCells {

    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private CsvCells() {
    }

    /** The values joined, each escaped; null values count as empty. */
    public static String join(List<?> values) {
        return values.stream().map(v -> v == null ? "" : escape(v.toString()))
                .collect(Collectors.joining(CsvExport.JOIN));
    }

    /** The values of a cell: none for a blank cell, else each position trimmed. */
    public static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return values;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ESCAPE && i + 1 < cell.length()
                    && (cell.charAt(i + 1) == SEPARATOR || cell.charAt(i + 1) == ESCAPE)) {
                value.append(cell.charAt(++i));
            } else if (c == SEPARATOR) {
                values.add(value.toString().strip());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().strip());
        return values;
    }

    /**
     * The cell as it was before the export protected it against formula injection: one
     * leading apostrophe is dropped when a formula character or another apostrophe follows.
     */
    public static String unprotect(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|");
    }
}
