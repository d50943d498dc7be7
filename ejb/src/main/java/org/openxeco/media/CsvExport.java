package org.openxeco.media;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;

/**
 * Writes a list as CSV for spreadsheets: UTF-8, RFC 4180 with a header row, optionally
 * behind a byte order mark, read page by page so that only one page is held at a time.
 * Every cell is made formula-safe: one that a spreadsheet would run as a formula gets a
 * leading apostrophe.
 */
public final class CsvExport {

    /** What separates the values of a multi-valued cell. */
    public static final String JOIN = " | ";

    // A leading apostrophe is protected too, so that reading a cell back can always drop the
    // one the export added (see CsvCells.unprotect).
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private CsvExport() {
    }

    /**
     * Writes the header and every row of every page, following the cursor each page hands
     * out. The output stream is flushed but left open. Returns the number of rows written.
     */
    public static <T> long write(OutputStream out, boolean byteOrderMark, List<String> header,
            Function<PageRequest, Page<T>> pages, Function<T, List<?>> row) {
        long rows = 0;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            if (byteOrderMark) {
                writer.write('\ufeff');
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(String[]::new)).get());
            Optional<String> cursor = Optional.empty();
            do {
                Page<T> page = pages.apply(new PageRequest(cursor, PageRequest.MAX_SIZE));
                for (T item : page.items()) {
                    printer.printRecord(row.apply(item).stream().map(CsvExport::cell));
                    rows++;
                }
                cursor = page.next();
            } while (cursor.isPresent());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
        return rows;
    }

    /** The text of a cell: empty for null, made safe against formula injection. */
    public static String cell(Object value) {
        String text = value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The values of a multi-valued cell, in the given order, without nulls or repeats. */
    public static String joined(Collection<?> values) {
        return values.stream().filter(v -> v != null).map(Object::toString)
                .filter(v -> !v.isBlank()).distinct().collect(Collectors.joining(JOIN));
    }
}
