package org.openxeco.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * An uploaded CSV file read whole before anything is applied: strictly UTF-8 (a leading
 * byte order mark is skipped), RFC 4180, at most a given size, with a header naming every
 * column of the format once (in any order) and at least one row. A file that breaks any of
 * this is refused as a whole, naming {@code file} or {@code header}.
 */
public final class CsvFile {

    private final List<CsvRow> rows;

    private CsvFile(List<CsvRow> rows) {
        this.rows = rows;
    }

    /** The data rows, in file order. */
    public List<CsvRow> rows() {
        return rows;
    }

    /** Reads at most {@code maxBytes} bytes of the stream as a file with these columns. */
    public static CsvFile read(InputStream in, long maxBytes, List<String> columns) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > maxBytes) {
            throw Problems.invalid("file", "csv.file.tooLarge", maxBytes);
        }
        return parse(text(bytes), columns);
    }

    private static String text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.invalid("file", "csv.file.encoding");
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw Problems.invalid("file", "csv.file.empty");
        }
        return text;
    }

    private static CsvFile parse(String text, List<String> columns) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, columns);
            List<CsvRow> rows = new ArrayList<>();
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                // A row starts on the line after the previous one ended (cells may span lines).
                rows.add(row(record, header, Math.toIntExact(lastLine + 1)));
                lastLine = parser.getCurrentLineNumber();
            }
            if (rows.isEmpty()) {
                throw Problems.invalid("file", "csv.file.noRows");
            }
            return new CsvFile(List.copyOf(rows));
        } catch (IOException | UncheckedIOException | IllegalArgumentException
                | IllegalStateException e) {
            throw Problems.invalid("file", "csv.file.unreadable", e.getMessage());
        }
    }

    private static void checkHeader(List<String> header, List<String> columns) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : header) {
            if (!columns.contains(name.strip())) {
                errors.add(Problems.field("header", "csv.header.unknown", name));
            }
        }
        for (String column : columns) {
            if (header.stream().noneMatch(h -> h.strip().equals(column))) {
                errors.add(Problems.field("header", "csv.header.missing", column));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static CsvRow row(CSVRecord record, List<String> header, int line) {
        if (record.size() != header.size()) {
            throw Problems.invalid("line " + line, "csv.row.cells", record.size(),
                    header.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i).strip(), CsvCells.unprotect(record.get(i)));
        }
        return new CsvRow(line, cells);
    }
}
