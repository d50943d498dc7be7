package org.openxeco.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an export back with Commons CSV, for tests. */
public final class CsvRows {

    private CsvRows() {
    }

    /** The records of an export without byte order mark, after checking its header. */
    public static List<CSVRecord> parse(byte[] export, List<String> header) {
        String text = new String(export, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(format).get()) {
            assertEquals(header, parser.getHeaderNames());
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
