package org.openxeco.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Reads the taxonomy CSV format ({@code code,parent_code,label}, UTF-8, RFC 4180) and
 * checks it is a tree: codes unique, every parent defined, no cycle. Returns the rows with
 * every parent before its children, or refuses the whole file naming each bad line.
 */
public final class TaxonomyCsv {

    static final List<String> HEADER = List.of("code", "parent_code", "label");
    private static final int MAX_ROWS = 20_000;
    private static final Pattern CODE = Pattern.compile(TaxonomyValue.CODE_PATTERN);

    private TaxonomyCsv() {
    }

    /** Parses and checks a whole file; {@code name} is used in messages. */
    public static List<TaxonomyRow> read(Reader input, String name) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, TaxonomyRow> byCode = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw problem(name, 1, "taxcsv.header", String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (byCode.size() >= MAX_ROWS) {
                    throw problem(name, line, "taxcsv.rows", MAX_ROWS);
                }
                readRow(record, line, name, byCode, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException
                | IllegalArgumentException e) {
            // Commons CSV reports broken quoting and encoding as I/O failures; its message
            // names its own classes, so the person gets a plain description instead.
            boolean encoding = e instanceof java.nio.charset.CharacterCodingException
                    || e.getCause() instanceof java.nio.charset.CharacterCodingException;
            throw problem(name, line + 1, encoding ? "taxcsv.encoding" : "taxcsv.quoting");
        }
        checkParents(byCode, name, problems);
        if (!problems.isEmpty()) {
            throw new TaxonomyFileException(problems);
        }
        return parentsFirst(byCode);
    }

    private static void readRow(CSVRecord record, long line, String name,
            Map<String, TaxonomyRow> byCode, List<FieldError> problems) {
        if (record.size() != HEADER.size()) {
            problems.add(error(name, line, "taxcsv.fields", record.size()));
            return;
        }
        String code = record.get(0).strip();
        String parent = record.get(1).strip();
        String label = record.get(2).strip();
        if (code.isEmpty()) {
            problems.add(error(name, line, "taxcsv.codeEmpty"));
        } else if (code.length() > 100) {
            problems.add(error(name, line, "taxcsv.codeLong", 100));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(error(name, line, "taxcsv.codePattern", code));
        } else if (label.isEmpty()) {
            problems.add(error(name, line, "taxcsv.labelEmpty", code));
        } else if (label.length() > 1000) {
            problems.add(error(name, line, "taxcsv.labelLong", code));
        } else if (byCode.containsKey(code)) {
            problems.add(error(name, line, "taxcsv.duplicate", code,
                    byCode.get(code).line()));
        } else {
            byCode.put(code, new TaxonomyRow(line, code, parent.isEmpty() ? null : parent, label));
        }
    }

    private static void checkParents(Map<String, TaxonomyRow> byCode, String name,
            List<FieldError> problems) {
        Set<String> reported = new HashSet<>();
        for (TaxonomyRow row : byCode.values()) {
            if (row.parentCode() == null) {
                continue;
            }
            if (!byCode.containsKey(row.parentCode())) {
                problems.add(error(name, row.line(), "taxcsv.parentMissing", row.parentCode(),
                        row.code()));
                continue;
            }
            Set<String> seen = new HashSet<>();
            TaxonomyRow current = row;
            while (current != null && current.parentCode() != null) {
                if (!seen.add(current.code())) {
                    if (reported.add(row.code())) {
                        problems.add(error(name, row.line(), "taxcsv.cycle",
                                row.code()));
                    }
                    break;
                }
                current = byCode.get(current.parentCode());
            }
            if (seen.size() >= TaxonomyValue.MAX_DEPTH && reported.add(row.code())) {
                problems.add(error(name, row.line(), "taxcsv.depth", row.code(),
                        TaxonomyValue.MAX_DEPTH));
            }
        }
    }

    private static List<TaxonomyRow> parentsFirst(Map<String, TaxonomyRow> byCode) {
        Map<String, Integer> depth = new HashMap<>();
        for (TaxonomyRow row : byCode.values()) {
            int d = 0;
            for (TaxonomyRow r = row; r.parentCode() != null; r = byCode.get(r.parentCode())) {
                d++;
            }
            depth.put(row.code(), d);
        }
        List<TaxonomyRow> rows = new ArrayList<>(byCode.values());
        rows.sort((a, b) -> Integer.compare(depth.get(a.code()), depth.get(b.code())));
        return rows;
    }

    /** A problem of one line: the key of its text in {@link Problems} and the arguments. */
    private static FieldError error(String name, long line, String key, Object... arguments) {
        return Problems.field(name + ":" + line, "taxcsv.line", line,
                Problems.text(key, arguments));
    }

    /** A refusal of a file naming one line of it. */
    static TaxonomyFileException problem(String name, long line, String key,
            Object... arguments) {
        return new TaxonomyFileException(List.of(error(name, line, key, arguments)));
    }
}
