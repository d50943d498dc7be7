package org.openxeco.taxonomy.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.taxonomy.skos.SkosTesting.utf8;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.NotAllowedException;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.taxonomy.skos.SkosImport.Summary;
import org.openxeco.testing.Services;

/** Importing SKOS: round trips keep codes, labels, tree and exact matches; merges by URI. */
class SkosImportServiceTest {

    private static Services a;
    private static Services b;

    @BeforeAll
    static void start() {
        a = new Services();
        b = new Services();
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @Test
    void ownExportReimportedChangesNothingAndAnotherNodeGetsTheSameScheme() {
        TaxonomyScheme scheme = SkosTesting.scheme(a);
        TaxonomyValue x = SkosTesting.value(a, scheme, "x", null,
                Map.of("en", "Ex", "fr", "Ex fr", "pt-BR", "Ex br"));
        TaxonomyValue x1 = SkosTesting.value(a, scheme, "x.1", x, Map.of("en", "Ex one"));
        SkosTesting.value(a, scheme, "x.1.a", x1, Map.of("de", "Nur Deutsch"));
        SkosTesting.value(a, scheme, "y", null, Map.of("en", "Why"));
        a.asAdmin(() -> a.conceptMappings.map("http://other.example/c/1", x1.getUuid()));
        Map<String, SkosTesting.Row> before = SkosTesting.snapshot(a, scheme.getUuid());
        Map<String, Long> versions = SkosTesting.versions(a);

        for (SkosFormat format : SkosFormat.values()) {
            byte[] file = a.asVisitor(() -> a.skosExport.export(scheme.getUuid(), format));
            Summary same = a.asAdmin(() -> a.skosImport.importFile(file, format.mediaType(),
                    "own"));
            assertEquals(new Summary(scheme.getUuid(), scheme.getCode(), false, 0, 0, 4, 1, 0),
                    same, format.name());
            assertEquals(versions, SkosTesting.versions(a), format.name());
        }

        byte[] turtle = a.asVisitor(() -> a.skosExport.export(scheme.getUuid(),
                SkosFormat.TURTLE));
        Summary copy = b.asAdmin(() -> b.skosImport.importFile(turtle, "text/turtle", "a.ttl"));
        assertTrue(copy.newScheme());
        assertEquals(4, copy.created());
        assertEquals(1, copy.exactMatches());
        TaxonomyScheme onB = b.asVisitor(() -> b.taxonomies.scheme(copy.scheme()));
        assertEquals(scheme.getCode(), onB.getCode());
        assertEquals(a.uris.taxonomy(scheme.getUuid()), onB.getCanonicalUri());
        assertEquals(scheme.getLabels(), onB.getLabels());
        assertEquals(before, SkosTesting.snapshot(b, copy.scheme()));
        TaxonomyValue x1OnB = b.asVisitor(() -> b.taxonomies.values(copy.scheme())).stream()
                .filter(v -> v.getCode().equals("x.1")).findFirst().orElseThrow();
        assertEquals(a.uris.taxonomyValue(scheme.getUuid(), x1.getUuid()),
                x1OnB.getCanonicalUri());
    }

    @Test
    void everyBundledTaxonomyExportedAsSkosImportsEqualOnAnotherNode() {
        for (BundledTaxonomy bundled : BundledTaxonomy.values()) {
            a.asAdmin(() -> a.installer.install(bundled));
            TaxonomyScheme installed = a.asVisitor(() -> a.taxonomies.findSchemeByCode(
                    bundled.code())).orElseThrow();
            SkosFormat format = bundled == BundledTaxonomy.COUNTRIES ? SkosFormat.JSON_LD
                    : SkosFormat.TURTLE;
            byte[] file = a.asVisitor(() -> a.skosExport.export(installed.getUuid(), format));

            Summary summary = b.asAdmin(() -> b.skosImport.importFile(file, null,
                    bundled.code() + "." + format.suffix()));

            Map<String, SkosTesting.Row> expected = SkosTesting.snapshot(a, installed.getUuid());
            assertEquals(expected.size(), summary.created(), bundled.name());
            assertEquals(expected, SkosTesting.snapshot(b, summary.scheme()), bundled.name());
            TaxonomyScheme copy = b.asVisitor(() -> b.taxonomies.scheme(summary.scheme()));
            assertEquals(installed.getUuid(), copy.getUuid());
            assertEquals(installed.getCanonicalUri(), copy.getCanonicalUri());
            assertEquals(installed.getSource(), copy.getSource());
            assertEquals(installed.getLicence(), copy.getLicence());
            String someCode = expected.keySet().iterator().next();
            assertEquals(bundled.valueUri(someCode), b.asVisitor(() -> b.taxonomies.values(
                    copy.getUuid())).stream().filter(v -> v.getCode().equals(someCode))
                    .findFirst().orElseThrow().getCanonicalUri());
        }
    }

    @Test
    void aFileWithTheSchemesUriMergesIntoItKeepingWhatItDoesNotName() {
        TaxonomyScheme scheme = SkosTesting.scheme(a);
        TaxonomyValue p = SkosTesting.value(a, scheme, "p", null, Map.of("en", "P"));
        SkosTesting.value(a, scheme, "q", null, Map.of("en", "Q"));
        String uri = a.uris.taxonomy(scheme.getUuid());
        String file = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<" + uri + "> a skos:ConceptScheme ; skos:prefLabel \"Merged\"@de .\n"
                + "<http://ex.org/p> a skos:Concept ; skos:notation \"p\" ;"
                + " skos:prefLabel \"P fr\"@fr ; skos:inScheme <" + uri + "> .\n"
                + "<http://ex.org/p1> a skos:Concept ; skos:notation \"p1\" ;"
                + " skos:prefLabel \"P one\"@en ; skos:broader <http://ex.org/p> ;"
                + " skos:exactMatch <http://elsewhere.example/p1> .\n";

        Summary summary = a.asAdmin(() -> a.skosImport.importFile(utf8(file), "text/turtle",
                "merge.ttl"));

        assertEquals(new Summary(scheme.getUuid(), scheme.getCode(), false, 1, 1, 0, 1, 0),
                summary);
        Map<String, SkosTesting.Row> rows = SkosTesting.snapshot(a, scheme.getUuid());
        assertEquals(Map.of("en", "P", "fr", "P fr"), rows.get("p").labels());
        assertEquals(new SkosTesting.Row(Map.of("en", "P one"), "p",
                List.of("http://elsewhere.example/p1")), rows.get("p1"));
        assertEquals(Map.of("en", "Q"), rows.get("q").labels());
        TaxonomyScheme after = a.asVisitor(() -> a.taxonomies.scheme(scheme.getUuid()));
        assertEquals("Merged", after.getLabels().get("de"));
        assertEquals(scheme.getLabels().get("en"), after.getLabels().get("en"));
        assertEquals(p.getUuid(), a.asVisitor(() -> a.taxonomies.values(scheme.getUuid()))
                .stream().filter(v -> v.getCode().equals("p1")).findFirst().orElseThrow()
                .getParent().orElseThrow().getUuid());
    }

    @Test
    void onlyAdministratorsImport() {
        assertThrows(NotAllowedException.class, () -> a.asVisitor(() -> a.skosImport
                .importFile(utf8("x"), "text/turtle", "x.ttl")));
        assertThrows(NotAllowedException.class, () -> a.asVisitor(() -> a.skosImport
                .importUrl("http://127.0.0.1:1/x.ttl")));
    }

}
