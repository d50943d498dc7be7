package org.openxeco.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyRow;
import org.openxeco.testing.CsvFiles;
import org.openxeco.testing.Services;

/**
 * The real demo files (universities and conferences) stored through the services, exported
 * as CSV and imported into an empty node: the second node's exports equal the first's. By
 * default every fiftieth record of each file is used (about 200 universities and 120
 * conferences from all over the files), which keeps the test under a minute;
 * {@code -Dopenxeco.test.demo-csv.full=true} loads both files whole as at first start (about
 * twenty minutes on H2).
 */
class DemoCsvRoundTripServiceTest {

    private static final boolean FULL = Boolean.getBoolean("openxeco.test.demo-csv.full");
    private static final int EVERY = 50;
    private static final int BATCH = 250;

    @Test
    void theDemoUniversitiesAndConferencesSurviveExportAndImportIntoAnEmptyNode() {
        try (Services origin = new Services()) {
            List<Integer> loaded = load(origin);
            byte[] entities = CsvFiles.entities(origin);
            byte[] articles = CsvFiles.articles(origin);

            try (Services copy = new Services()) {
                copy.asAdminWithoutTransaction(() -> loader(copy).installTaxonomies());
                CsvReport entityReport = CsvFiles.importEntities(copy, entities,
                        ImportMode.ROW_BY_ROW);
                CsvReport articleReport = CsvFiles.importArticles(copy, articles,
                        FULL ? ImportMode.ROW_BY_ROW : ImportMode.ALL_OR_NOTHING);

                assertEquals(List.of(), entityReport.rejected());
                assertEquals(List.of(), articleReport.rejected());
                assertTrue(articleReport.applied());
                assertEquals(loaded.get(0), (int) entityReport.count(RowOutcome.CREATED));
                assertEquals(loaded.get(1), (int) articleReport.count(RowOutcome.CREATED));
                assertEquals(CsvFiles.entityContent(entities),
                        CsvFiles.entityContent(CsvFiles.entities(copy)));
                assertEquals(CsvFiles.articleContent(articles),
                        CsvFiles.articleContent(CsvFiles.articles(copy)));
            }
        }
    }

    /** Stores the demo records (all, or every fiftieth) and counts the entities and events. */
    private static List<Integer> load(Services node) {
        DemoDataLoader loader = loader(node);
        if (FULL) {
            DemoReport report = node.asAdminWithoutTransaction(loader::load);
            return List.of(report.universities().created(), report.conferences().created());
        }
        node.asAdminWithoutTransaction(loader::installTaxonomies);
        Map<String, String> countries = new HashMap<>();
        for (TaxonomyRow row : TaxonomyInstaller.readBundled(BundledTaxonomy.COUNTRIES)) {
            if (row.parentCode() != null) {
                countries.put(row.label(), row.code());
            }
        }
        List<DemoRecord<Organisation>> universities = every(UniversityRecords.read(
                json(UniversityRecords.FILE), Set.copyOf(countries.values()), new ArrayList<>()));
        List<DemoRecord<Article>> events = every(ConferenceRecords.read(
                json(ConferenceRecords.FILE), countries, new ArrayList<>(), new ArrayList<>()));
        Set<String> slugs = new HashSet<>();
        for (DemoRecord<Article> event : events) {
            String slug = event.object().getSlug();
            for (int n = 2; !slugs.add(slug); n++) {
                slug = event.object().getSlug() + "-" + n;
            }
            event.object().setSlug(slug);
        }
        for (int from = 0; from < universities.size(); from += BATCH) {
            loader.writer.writeOrganisations(universities.subList(from,
                    Math.min(universities.size(), from + BATCH)));
        }
        for (int from = 0; from < events.size(); from += BATCH) {
            loader.writer.writeArticles(events.subList(from, Math.min(events.size(),
                    from + BATCH)));
        }
        return List.of(universities.size(), events.size());
    }

    private static <T> List<T> every(List<T> records) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < records.size(); i += EVERY) {
            kept.add(records.get(i));
        }
        return kept;
    }

    private static JsonArray json(String file) {
        try (InputStream in = DemoCsvRoundTripServiceTest.class.getResourceAsStream(
                "/openxeco/demo/" + file); JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader of a node, each batch in a transaction of its own as in the container. */
    private static DemoDataLoader loader(Services node) {
        DemoBatchWriter writer = new DemoBatchWriter() {
            @Override
            public void writeOrganisations(List<DemoRecord<Organisation>> batch) {
                node.asAdmin(() -> {
                    super.writeOrganisations(batch);
                    return null;
                });
            }

            @Override
            public void writeArticles(List<DemoRecord<Article>> batch) {
                node.asAdmin(() -> {
                    super.writeArticles(batch);
                    return null;
                });
            }

            @Override
            public void refreshStatistics() {
            }
        };
        writer.em = node.entityManager();
        writer.organisations = node.organisations;
        writer.articles = node.articles;
        DemoDataLoader loader = new DemoDataLoader() {
            @Override
            public List<TaxonomyInstaller.Report> installTaxonomies() {
                return node.asAdmin(super::installTaxonomies);
            }
        };
        loader.em = node.entityManager();
        loader.installer = node.installer;
        loader.writer = writer;
        return loader;
    }
}
