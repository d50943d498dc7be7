package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.PageRequest;
import org.openxeco.media.CsvRows;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class ArticleCsvServiceTest {

    private static final Instant START = Instant.parse("2031-03-02T09:00:00Z");
    private static final int COUNT = 115;

    private static Services services;
    private static String marker;
    private static List<Article> created;

    @BeforeAll
    static void start() {
        services = new Services();
        services.asAdmin(() -> services.installer.install(BundledTaxonomy.COUNTRIES));
        UUID luxembourg = services.asVisitor(() -> services.taxonomies.findValueByReference(
                "countries:LU").map(TaxonomyValue::getUuid).orElseThrow());
        marker = Fixtures.unique("Summit");
        created = services.asAdmin(() -> {
            List<Article> all = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                // Starts in reverse creation order, so the start order is not the id order.
                Article event = Fixtures.event(marker + " " + i,
                        START.plusSeconds(3600L * (COUNT - i)),
                        i % 10 == 4 ? ArticleStatus.DRAFT : ArticleStatus.PUBLIC);
                event.getEvent().orElseThrow().setCity(i % 2 == 0 ? "Esch" : "=Esch");
                event.getEvent().orElseThrow().setCountryCode("LU");
                all.add(services.articles.create(event, new ArticleReferences(
                        List.of(luxembourg), List.of(), Optional.empty(), Optional.empty())));
            }
            return all;
        });
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void visitorsGetEveryPublicMatchOverSeveralPagesInStartOrder() {
        List<Article> expected = created.stream().filter(Article::isPublic)
                .sorted(Comparator.comparing(a -> a.getEvent().orElseThrow().getStart()))
                .toList();
        assertTrue(expected.size() > PageRequest.MAX_SIZE);

        List<CSVRecord> records = export(false, ArticleSort.START);

        assertEquals(expected.size(), records.size());
        for (int i = 0; i < expected.size(); i++) {
            Article a = expected.get(i);
            EventDetails e = a.getEvent().orElseThrow();
            String city = e.getCity().startsWith("=") ? "'" + e.getCity() : e.getCity();
            CSVRecord r = records.get(i);
            assertEquals(List.of(a.getUuid().toString(), String.valueOf(a.getVersion()),
                    "EVENT", "PUBLIC", a.getTitle(),
                    a.getSlug(), "", "", a.getPublishedAt().toString(), "", "", "",
                    e.getStart().toString(), e.getEnd().toString(), "Europe/Luxembourg",
                    "false", "", "", city, "LU", "", "", "", "", "", "", "", "", "", "", "",
                    "urn:openxeco:taxonomy:countries/LU", "", a.getUpdated().toString()),
                    r.toList());
        }
    }

    @Test
    void staffAlsoGetUnpublishedArticles() {
        List<CSVRecord> records = export(true, ArticleSort.TITLE);

        assertEquals(COUNT, records.size());
        assertEquals(COUNT / 10 + 1, records.stream()
                .filter(r -> r.get("status").equals("DRAFT")).count());
        assertTrue(records.stream().filter(r -> r.get("status").equals("DRAFT"))
                .allMatch(r -> r.get("published_at").isEmpty()));
    }

    @Test
    void aFormulaTitleIsDefused() {
        String title = "=cmd|' /C calc'!A0 " + Fixtures.unique("Evil");
        services.asAdmin(() -> services.articles.create(Fixtures.event(title, START,
                ArticleStatus.PUBLIC), ArticleReferences.none()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.asVisitor(() -> services.articleCsv.write(filterOf(title), ArticleSort.TITLE,
                out, false));

        List<CSVRecord> records = CsvRows.parse(out.toByteArray(), ArticleCsv.HEADER);
        assertEquals(List.of("'" + title), records.stream().map(r -> r.get("title")).toList());
    }

    private static List<CSVRecord> export(boolean asAdmin, ArticleSort sort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleFilter filter = filterOf(marker).ofType(ArticleType.EVENT);
        long rows = asAdmin
                ? services.asAdmin(() -> services.articleCsv.write(filter, sort, out, false))
                : services.asVisitor(() -> services.articleCsv.write(filter, sort, out, false));
        List<CSVRecord> records = CsvRows.parse(out.toByteArray(), ArticleCsv.HEADER);
        assertEquals(rows, records.size());
        return records;
    }

    private static ArticleFilter filterOf(String text) {
        return new ArticleFilter(Optional.empty(), Optional.empty(), Optional.of(text),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
