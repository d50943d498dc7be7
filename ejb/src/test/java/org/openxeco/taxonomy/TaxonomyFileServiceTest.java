package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.taxonomy.TaxonomyInstaller.ImportSummary;

/** Exporting schemes as taxonomy CSV files and merging such files into schemes. */
class TaxonomyFileServiceTest {

    private static TaxonomyTesting t;

    @BeforeAll
    static void start() {
        t = new TaxonomyTesting();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void exportWritesTheTreeInOrderWithLabelsInTheLanguageAskedFor() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue b = t.value(scheme, "b", null);
        t.value(scheme, "a1", a.getUuid());
        TaxonomyValue b1 = t.value(scheme, "b1", b.getUuid());
        t.value(scheme, "b0", b.getUuid());
        t.admin(() -> t.tree.reorder(scheme, b.getUuid(), b.getVersion(), 0));
        long aVersion = t.reload(scheme, a).getVersion();
        t.admin(() -> t.labels.setValueLabels(scheme, a.getUuid(), aVersion,
                Map.of("fr", "Libellé \"a\", premier")));
        t.admin(() -> t.labels.setValueLabels(scheme, b1.getUuid(), b1.getVersion(),
                Map.of("de", "Nur Deutsch", "en", "")));

        String french = new String(t.admin(() -> t.export.exportCsv(scheme, "fr")),
                StandardCharsets.UTF_8);

        assertEquals("code,parent_code,label\r\n"
                + "b,,Label b\r\n"
                + "b1,b,Nur Deutsch\r\n"
                + "b0,b,Label b0\r\n"
                + "a,,\"Libellé \"\"a\"\", premier\"\r\n"
                + "a1,a,Label a1\r\n", french);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.admin(() -> {
            t.export.exportCsv(scheme, "en", out);
            return null;
        });
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\r\na,,Label a\r\n"));
    }

    @Test
    void exportedBundledTaxonomyImportsIntoTheSameTree() {
        t.admin(() -> t.installer.install(BundledTaxonomy.NACE));
        UUID nace = t.visitor(() -> t.taxonomies.findSchemeByCode("nace-rev2")).orElseThrow()
                .getUuid();
        byte[] file = t.admin(() -> t.export.exportCsv(nace, "en"));
        UUID copy = t.scheme();

        ImportSummary summary = t.admin(() -> t.installer.mergeCsv(copy,
                new ByteArrayInputStream(file), "nace.csv", "en"));

        assertEquals(new ImportSummary(t.visitor(() -> t.taxonomies.scheme(copy)).getCode(),
                996, 0, 0, 0), summary);
        assertEquals(tree(nace), tree(copy));
        assertArrayEquals(file, t.admin(() -> t.export.exportCsv(copy, "en")));
        assertEquals(TaxonomyInstaller.readBundled(BundledTaxonomy.NACE).size(),
                new String(file, StandardCharsets.UTF_8).split("\r\n").length - 1);
    }

    @Test
    void mergeUpdatesLabelsAndParentsCreatesNewCodesAndLeavesMissingOnesAlone() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        t.value(scheme, "b", null);
        t.value(scheme, "a0", a.getUuid());
        t.value(scheme, "a1", a.getUuid());
        t.value(scheme, "a2", a.getUuid());
        t.value(scheme, "z", null);
        t.admin(() -> t.labels.setValueLabels(scheme, a.getUuid(), a.getVersion(),
                Map.of("fr", "Libellé a")));
        Map<String, TaxonomyValue> before = t.byCode(scheme);

        ImportSummary summary = t.admin(() -> t.installer.mergeCsv(scheme, TaxonomyTesting.csv(
                "code,parent_code,label\na,,New a\nb,,Label b\na1,b,Label a1\nc,a,C\n"
                + "a0,a,Label a0\n"), "merge.csv", "en"));

        assertEquals(1, summary.created());
        assertEquals(2, summary.updated());
        assertEquals(2, summary.unchanged());
        assertEquals(2, summary.notInFile());
        Map<String, TaxonomyValue> after = t.byCode(scheme);
        assertEquals(Map.of("en", "New a", "fr", "Libellé a"), after.get("a").getLabels());
        assertEquals(List.of("a0", "a2", "c"), t.children(scheme, "a"));
        assertEquals(List.of(0, 1, 2), t.positions(scheme, "a"));
        assertEquals(List.of("a1"), t.children(scheme, "b"));
        assertEquals(before.get("z").getVersion(), after.get("z").getVersion());
        assertEquals(before.get("b").getVersion(), after.get("b").getVersion());
        assertEquals(before.get("a0").getVersion(), after.get("a0").getVersion());
        assertTrue(after.get("a2").getChangeSeq() > before.get("a2").getChangeSeq());
    }

    @Test
    void mergeInAnotherLanguageSetsThatLanguageOnly() {
        UUID scheme = t.scheme();
        t.value(scheme, "a", null);

        ImportSummary summary = t.admin(() -> t.installer.mergeCsv(scheme, TaxonomyTesting.csv(
                "code,parent_code,label\na,,Valeur a\nb,a,Valeur b\n"), "fr.csv", "fr"));

        assertEquals(1, summary.created());
        assertEquals(1, summary.updated());
        Map<String, TaxonomyValue> values = t.byCode(scheme);
        assertEquals(Map.of("en", "Label a", "fr", "Valeur a"), values.get("a").getLabels());
        assertEquals(Map.of("fr", "Valeur b"), values.get("b").getLabels());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.installer.mergeCsv(scheme, TaxonomyTesting.csv("code,parent_code,label\n"),
                        "x.csv", "French")));
        assertEquals("lang", e.errors().get(0).field());
    }

    @Test
    void anInvalidFileChangesNothing() {
        UUID scheme = t.scheme();
        t.value(scheme, "a", null);

        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () -> t.admin(() ->
                t.installer.mergeCsv(scheme, TaxonomyTesting.csv(
                        "code,parent_code,label\na,,Changed\nb,nowhere,B\n"), "bad.csv", "en")));

        assertEquals("bad.csv:3", e.errors().get(0).field());
        assertEquals(Map.of("en", "Label a"), t.byCode(scheme).get("a").getLabels());
        assertEquals(1, t.byCode(scheme).size());
    }

    @Test
    void aMoveTheTreeRulesRefuseRefusesTheFileNamingItsLineAndChangesNothing() {
        UUID scheme = t.scheme();
        StringBuilder chain = new StringBuilder("code,parent_code,label\nc1,,C1\n");
        for (int i = 2; i <= TaxonomyValue.MAX_DEPTH - 1; i++) {
            chain.append("c").append(i).append(",c").append(i - 1).append(",C\n");
        }
        t.admin(() -> t.installer.mergeCsv(scheme, TaxonomyTesting.csv(chain
                + "x,,X\nx1,x,X1\n"), "first.csv", "en"));
        String deeper = chain.toString().replace("c1,,C1", "c1,,Changed")
                + "x,c" + (TaxonomyValue.MAX_DEPTH - 1) + ",X\n";

        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () -> t.admin(() ->
                t.installer.mergeCsv(scheme, TaxonomyTesting.csv(deeper), "deep.csv", "en")));

        assertEquals("deep.csv:" + (TaxonomyValue.MAX_DEPTH + 1), e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("levels deep"), e.getMessage());
        Map<String, TaxonomyValue> values = t.byCode(scheme);
        assertEquals("C1", values.get("c1").label("en"));
        assertEquals(1, values.get("x").getDepth());
    }

    @Test
    void onlyAdministratorsExportOrImport() {
        UUID scheme = t.scheme();

        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.export.exportCsv(scheme, "en")));
        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.installer.mergeCsv(scheme, TaxonomyTesting.csv("code,parent_code,label\n"),
                        "x.csv", "en")));
    }

    /** Each value as code, parent code, English label, depth and position, in tree order. */
    private static List<String> tree(UUID scheme) {
        return TaxonomyExport.treeOrder(t.visitor(() -> t.taxonomies.values(scheme))).stream()
                .map(v -> String.join("|", v.getCode(),
                        v.getParent().map(TaxonomyValue::getCode).orElse(""), v.label("en"),
                        "" + v.getDepth(), "" + v.getPosition()))
                .toList();
    }
}
