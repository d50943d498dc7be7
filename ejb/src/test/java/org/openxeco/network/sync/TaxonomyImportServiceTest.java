package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;

/** A peer's taxonomy applied to its copy: matched by URI, idempotent, following changes. */
class TaxonomyImportServiceTest {

    private static SyncTesting nodes;

    @BeforeAll
    static void start() {
        nodes = new SyncTesting();
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void aCopyKeepsUrisLabelsAndTree() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("dom"));
        TaxonomyValue alpha = nodes.valueOn(nodes.b, onB, "A", null,
                Map.of("en", "Alpha", "fr", "Alpha FR"));
        TaxonomyValue one = nodes.valueOnB(onB, "A1", alpha);
        TaxonomyValue deep = nodes.valueOnB(onB, "A1a", one);
        TaxonomyValue two = nodes.valueOnB(onB, "A2", alpha);
        TaxonomyValue beta = nodes.valueOnB(onB, "B", null);

        TaxonomyScheme copy = nodes.importIntoA(onB);

        assertEquals(nodes.uriOnB(onB), copy.getCanonicalUri());
        assertEquals(onB.getCode(), copy.getCode());
        assertEquals(onB.getLabels(), copy.getLabels());
        assertEquals(onB.getTargets(), copy.getTargets());
        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        assertEquals(5, values.size());
        for (TaxonomyValue original : List.of(alpha, one, deep, two, beta)) {
            TaxonomyValue imported = values.get(nodes.uriOnB(original));
            assertEquals(original.getLabels(), imported.getLabels(), original.getCode());
            assertEquals(original.getCode(), imported.getCode());
            assertEquals(original.getDepth(), imported.getDepth());
            assertEquals(original.getPosition(), imported.getPosition());
            assertEquals(original.getParent().map(nodes::uriOnB),
                    imported.getParent().map(TaxonomyValue::getCanonicalUri));
            assertTrue(imported.getPath().endsWith(imported.getUuid() + "/"));
        }
        ImportedCopy provenance = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, copy.getUuid().toString()));
        assertEquals(ObjectType.TAXONOMY, provenance.getObjectType());
        assertEquals(nodes.uriOnB(onB), provenance.getOriginUri());
        assertEquals(beta.getChangeSeq(), provenance.getOriginVersion());
    }

    @Test
    void applyingTheSameSchemeAgainChangesNothing() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("again"));
        TaxonomyValue root = nodes.valueOnB(onB, "R", null);
        nodes.valueOnB(onB, "R1", root);
        TaxonomyScheme copy = nodes.importIntoA(onB);
        long schemes = nodes.count("TaxonomyScheme");
        long values = nodes.count("TaxonomyValue");
        long change = nodes.lastChangeOnA();

        TaxonomyScheme again = nodes.importIntoA(onB);

        assertEquals(copy.getUuid(), again.getUuid());
        assertEquals(schemes, nodes.count("TaxonomyScheme"));
        assertEquals(values, nodes.count("TaxonomyValue"));
        assertEquals(change, nodes.lastChangeOnA(), "no new change number");
    }

    @Test
    void aValueRenamedOrMovedAtTheOriginChangesHere() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("ren"));
        TaxonomyValue x = nodes.valueOnB(onB, "X", null);
        TaxonomyValue y = nodes.valueOnB(onB, "Y", null);
        TaxonomyValue y1 = nodes.valueOnB(onB, "Y1", y);
        nodes.valueOnB(onB, "Y1a", y1);
        TaxonomyScheme copy = nodes.importIntoA(onB);

        TaxonomyValue renamed = new TaxonomyValue(onB, "X");
        renamed.setLabels(Map.of("en", "Cryptology", "de", "Kryptologie"));
        nodes.onB(() -> nodes.b.taxonomies.updateValue(onB.getUuid(), x.getUuid(),
                x.getVersion(), renamed, null));
        TaxonomyValue moved = new TaxonomyValue(onB, "Y1");
        moved.setLabels(y1.getLabels());
        nodes.onB(() -> nodes.b.taxonomies.updateValue(onB.getUuid(), y1.getUuid(),
                y1.getVersion(), moved, x.getUuid()));
        nodes.importIntoA(onB);

        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        TaxonomyValue xHere = values.get(nodes.uriOnB(x));
        assertEquals(Map.of("en", "Cryptology", "de", "Kryptologie"), xHere.getLabels());
        TaxonomyValue y1Here = values.get(nodes.uriOnB(y1));
        assertEquals(xHere.getUuid(), y1Here.getParent().orElseThrow().getUuid());
        TaxonomyValue below = values.values().stream().filter(v -> v.getCode().equals("Y1a"))
                .findFirst().orElseThrow();
        assertEquals(3, below.getDepth());
        assertEquals(y1Here.getPath() + below.getUuid() + "/", below.getPath());
    }

    @Test
    void valuesAreMatchedByUriNotByCodeOrId() {
        TaxonomyScheme local = nodes.onA(() -> nodes.a.taxonomies.createScheme(Fixtures.scheme(
                SyncTesting.code("loc"), ObjectType.ENTITY)));
        TaxonomyValue training = nodes.valueOn(nodes.a, local, "7", null,
                Map.of("en", "Training"));
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("ids"));
        TaxonomyValue crypto = nodes.valueOn(nodes.b, onB, "7", null,
                Map.of("en", "Cryptology"));

        TaxonomyScheme copy = nodes.importIntoA(onB);

        TaxonomyValue imported = nodes.valuesOnA(copy).get(nodes.uriOnB(crypto));
        assertEquals("Cryptology", imported.label("en"));
        assertNotEquals(training.getUuid(), imported.getUuid());
        assertEquals("Training", nodes.valuesOnA(local).get("local:7").label("en"));
        assertEquals(imported.getUuid(), nodes.a.asVisitor(() -> nodes.resolver.resolve(
                List.of(nodes.uriOnB(crypto)))).get(nodes.uriOnB(crypto)).getUuid());
    }

    @Test
    void takenCodesGetASuffix() {
        String code = SyncTesting.code("dup");
        nodes.onA(() -> nodes.a.taxonomies.createScheme(Fixtures.scheme(code,
                ObjectType.ENTITY)));
        TaxonomyScheme onB = nodes.schemeOnB(code);
        nodes.valueOnB(onB, "K", null);
        TaxonomyScheme copy = nodes.importIntoA(onB);
        assertEquals(code + "-2", copy.getCode());

        nodes.valueOn(nodes.a, copy, "L", null, Map.of("en", "Added here"));
        TaxonomyValue late = nodes.valueOnB(onB, "L", null);
        nodes.importIntoA(onB);

        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        assertEquals("L-2", values.get(nodes.uriOnB(late)).getCode());
        assertEquals("Added here", values.get("local:L").label("en"));
    }

    @Test
    void aBundledSchemeBothNodesHaveIsNotDuplicated() {
        nodes.onB(() -> nodes.b.installer.install(BundledTaxonomy.CONFERENCE_TOPICS));
        nodes.onA(() -> nodes.a.installer.install(BundledTaxonomy.CONFERENCE_TOPICS));
        TaxonomyScheme onB = nodes.b.asVisitor(() -> nodes.b.taxonomies.findSchemeByCode(
                BundledTaxonomy.CONFERENCE_TOPICS.code())).orElseThrow();
        nodes.valueOnB(onB, "only-on-b", null);
        long schemes = nodes.count("TaxonomyScheme");
        long values = nodes.count("TaxonomyValue");
        long change = nodes.lastChangeOnA();

        TaxonomyScheme result = nodes.importIntoA(onB);

        assertEquals(onB.getUuid(), result.getUuid(), "the bundled scheme of A");
        assertEquals(schemes, nodes.count("TaxonomyScheme"));
        assertEquals(values, nodes.count("TaxonomyValue"), "a local scheme is left alone");
        assertEquals(change, nodes.lastChangeOnA());
        assertEquals(null, nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, result.getUuid().toString())));
    }

    @Test
    void valuesDroppedAtTheOriginGoUnlessUsed() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("drop"));
        TaxonomyValue keep = nodes.valueOnB(onB, "keep", null);
        TaxonomyValue unused = nodes.valueOnB(onB, "unused", null);
        TaxonomyValue used = nodes.valueOnB(onB, "used", null);
        TaxonomyScheme copy = nodes.importIntoA(onB);
        TaxonomyValue usedHere = nodes.valuesOnA(copy).get(nodes.uriOnB(used));
        nodes.onA(() -> nodes.a.organisations.create(Fixtures.organisation(
                Fixtures.unique("Tagged"), "LU"), List.of(usedHere.getUuid())));

        nodes.onB(() -> {
            nodes.b.taxonomies.deleteValue(onB.getUuid(), unused.getUuid(), unused.getVersion());
            nodes.b.taxonomies.deleteValue(onB.getUuid(), used.getUuid(), used.getVersion());
            return null;
        });
        nodes.importIntoA(onB);

        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        assertTrue(values.containsKey(nodes.uriOnB(keep)));
        assertFalse(values.containsKey(nodes.uriOnB(unused)));
        assertTrue(values.containsKey(nodes.uriOnB(used)), "still tags an entity");
    }

    @Test
    void aSubtreeBringsItsAncestorsAndDescendantsOnly() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("sub"));
        TaxonomyValue top = nodes.valueOnB(onB, "T", null);
        TaxonomyValue mid = nodes.valueOnB(onB, "M", top);
        TaxonomyValue leaf = nodes.valueOnB(onB, "L", mid);
        TaxonomyValue sibling = nodes.valueOnB(onB, "S", top);
        TaxonomyValue other = nodes.valueOnB(onB, "O", null);
        var skos = nodes.skos(onB);

        TaxonomyScheme copy = nodes.onA(() -> nodes.importer.apply(nodes.peer,
                nodes.uriOnB(onB), skos, 1, nodes.uriOnB(mid)));

        Map<String, TaxonomyValue> values = nodes.valuesOnA(copy);
        assertEquals(3, values.size());
        assertTrue(values.keySet().containsAll(List.of(nodes.uriOnB(top), nodes.uriOnB(mid),
                nodes.uriOnB(leaf))));
        assertFalse(values.containsKey(nodes.uriOnB(sibling)));
        assertFalse(values.containsKey(nodes.uriOnB(other)));
    }

    @Test
    void aSubtreeTheTaxonomyDoesNotHaveIsRefusedNamingItAndImportsNothing() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("nosub"));
        nodes.valueOnB(onB, "N", null);
        var skos = nodes.skos(onB);
        long schemes = nodes.count("TaxonomyScheme");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> nodes.onA(() -> nodes.importer.apply(nodes.peer, nodes.uriOnB(onB), skos,
                        1, "https://elsewhere.example/concept/9")));

        assertEquals("subtree", refused.errors().get(0).field());
        assertEquals(schemes, nodes.count("TaxonomyScheme"));
    }

    @Test
    void withdrawingMarksTheCopyAndKeepsTheScheme() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("wd"));
        nodes.valueOnB(onB, "W", null);
        TaxonomyScheme copy = nodes.importIntoA(onB);
        Instant at = Instant.parse("2030-01-02T03:04:05Z");

        nodes.onA(() -> {
            nodes.importer.withdraw(nodes.uriOnB(onB), "not-shared", at);
            return null;
        });

        ImportedCopy provenance = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, copy.getUuid().toString()));
        assertEquals(at, provenance.getWithdrawnAt().orElseThrow());
        assertEquals("not-shared", provenance.getWithdrawnReason().orElseThrow());
        assertEquals(1, nodes.valuesOnA(copy).size());
    }
}
