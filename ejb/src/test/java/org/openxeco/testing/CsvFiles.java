package org.openxeco.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.openxeco.content.ArticleCsv;
import org.openxeco.content.ArticleFilter;
import org.openxeco.content.ArticleSort;
import org.openxeco.directory.OrganisationCsv;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.media.CsvReport;
import org.openxeco.media.CsvRows;
import org.openxeco.media.ImportMode;

/** Exports and imports of entity and article CSV files through the services, for tests. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** Every entity of the node as an administrator exports it. */
    public static byte[] entities(Services node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        node.asAdmin(() -> node.organisationCsv.write(OrganisationFilter.none(),
                OrganisationSort.NAME, out, false));
        return out.toByteArray();
    }

    /** Every article of the node as an administrator exports it. */
    public static byte[] articles(Services node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        node.asAdmin(() -> node.articleCsv.write(ArticleFilter.none(), ArticleSort.TITLE, out,
                false));
        return out.toByteArray();
    }

    public static CsvReport importEntities(Services node, byte[] file, ImportMode mode) {
        return node.asAdminWithoutTransaction(() -> node.organisationImport.importCsv(
                new ByteArrayInputStream(file), mode));
    }

    public static CsvReport importArticles(Services node, byte[] file, ImportMode mode) {
        return node.asAdminWithoutTransaction(() -> node.articleImport.importCsv(
                new ByteArrayInputStream(file), mode));
    }

    /**
     * The rows of an export sorted by UUID, without the columns a node keeps for itself
     * (version and time of the last change): what must survive a trip to another node.
     */
    public static List<List<String>> content(byte[] export, List<String> header) {
        int version = header.indexOf("version");
        int updated = header.indexOf("updated");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CsvRows.parse(export, header)) {
            List<String> cells = new ArrayList<>(record.toList());
            cells.set(version, "");
            cells.set(updated, "");
            rows.add(cells);
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        return rows;
    }

    public static List<List<String>> entityContent(byte[] export) {
        return content(export, OrganisationCsv.HEADER);
    }

    public static List<List<String>> articleContent(byte[] export) {
        return content(export, ArticleCsv.HEADER);
    }

    /** A file with the given header and one row per map of cells (other cells empty). */
    @SafeVarargs
    public static byte[] file(List<String> header, Map<String, String>... rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Map<String, String> row : rows) {
                printer.printRecord(header.stream().map(c -> row.getOrDefault(c, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
