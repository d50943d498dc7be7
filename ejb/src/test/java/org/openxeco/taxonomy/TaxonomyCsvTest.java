package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.openxeco.kernel.FieldError;

class TaxonomyCsvTest {

    @Test
    void bundledFilesHaveTheDocumentedLevels() {
        assertEquals(Map.of(1, 21, 2, 88, 3, 272, 4, 615), levels(BundledTaxonomy.NACE));
        assertEquals(Map.of(1, 7, 2, 252), levels(BundledTaxonomy.COUNTRIES));
        assertEquals(Map.of(1, 4, 2, 53, 3, 150), levels(BundledTaxonomy.CYBERSECURITY));
        assertEquals(Map.of(1, 39), levels(BundledTaxonomy.CONFERENCE_TOPICS));
    }

    @Test
    void quotedLabelsKeepTheirCommas() {
        List<TaxonomyRow> rows = TaxonomyInstaller.readBundled(BundledTaxonomy.NACE);
        TaxonomyRow a = rows.stream().filter(r -> r.code().equals("A")).findFirst().orElseThrow();
        assertEquals("AGRICULTURE, FORESTRY AND FISHING", a.label());
    }

    @Test
    void parentsComeBeforeChildrenEvenWhenTheFileOrdersThemOtherwise() {
        List<TaxonomyRow> rows = read("code,parent_code,label\nb,a,Child\na,,Root\n");
        assertEquals(List.of("a", "b"), rows.stream().map(TaxonomyRow::code).toList());
    }

    @Test
    void missingParentIsRefusedNamingTheLine() {
        FieldError error = single("code,parent_code,label\na,,Root\nb,zz,Orphan\n");
        assertEquals("test.csv:3", error.field());
        assertTrue(error.message().contains("parent zz"), error.message());
    }

    @Test
    void cycleIsRefusedNamingItsLines() {
        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () ->
                read("code,parent_code,label\nr,,Root\na,b,A\nb,a,B\n"));
        assertEquals(List.of("test.csv:3", "test.csv:4"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("cycle"));
    }

    @Test
    void selfParentIsACycle() {
        assertTrue(single("code,parent_code,label\na,a,Self\n").message().contains("cycle"));
    }

    @Test
    void duplicateCodeIsRefusedNamingBothLines() {
        FieldError error = single("code,parent_code,label\na,,One\na,,Two\n");
        assertEquals("test.csv:3", error.field());
        assertTrue(error.message().contains("first on line 2"), error.message());
    }

    @Test
    void wrongHeaderIsRefused() {
        assertTrue(single("id,parent,name\na,,One\n").message().contains("header"));
    }

    @Test
    void emptyCodeAndEmptyLabelAreRefused() {
        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () ->
                read("code,parent_code,label\n,,No code\nb,,\n"));
        assertEquals(2, e.errors().size());
    }

    @Test
    void unbalancedQuotesAreRefusedNotHalfReadWithAPlainReason() {
        TaxonomyFileException refused = assertThrows(TaxonomyFileException.class, () ->
                read("code,parent_code,label\na,,\"Open quote\nb,,B\n"));
        String message = refused.errors().get(0).message();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("broken quoting")
                && !message.contains("org.apache"), message);
    }

    private static Map<Integer, Integer> levels(BundledTaxonomy bundled) {
        List<TaxonomyRow> rows = TaxonomyInstaller.readBundled(bundled);
        Map<String, Integer> depth = new HashMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (TaxonomyRow row : rows) {
            int d = row.parentCode() == null ? 1 : depth.get(row.parentCode()) + 1;
            depth.put(row.code(), d);
            counts.merge(d, 1, Integer::sum);
        }
        return counts;
    }

    private static List<TaxonomyRow> read(String csv) {
        return TaxonomyCsv.read(new StringReader(csv), "test.csv");
    }

    private static FieldError single(String csv) {
        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () -> read(csv));
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }
}
