package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.testing.Fixtures;

/**
 * Removing a peer with its copies kept detaches every one of them, taxonomies included; the
 * peer added again gets them all linked again, but never one an admin detached by hand. An
 * explicit import of an object or taxonomy whose copy an admin detached is refused with the
 * reason and makes no second copy.
 */
class CopyRelinkServiceTest {

    private SyncTesting nodes;
    private Engine engine;
    private final Copies copies = new Copies();

    @BeforeEach
    void start() {
        nodes = new SyncTesting();
        engine = new Engine(nodes, true);
        copies.em = nodes.a.entityManager();
        copies.changes = nodes.a.changes;
        copies.audit = nodes.a.audit;
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    private String entityOnB(String name) {
        Organisation onB = nodes.onB(() -> nodes.b.organisations.create(
                Fixtures.organisation(Fixtures.unique(name), "LU"), List.of()));
        return nodes.b.uris.entity(onB.getUuid());
    }

    private ImportedCopy copyOf(String originUri) {
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery("select c from"
                + " ImportedCopy c where c.originUri = :u", ImportedCopy.class)
                .setParameter("u", originUri).getSingleResult());
    }

    private boolean followsPeer(String originUri) {
        return copyOf(originUri).getPeer().map(p -> p.getId().equals(nodes.peer.getId()))
                .orElse(false);
    }

    @Test
    void aRemovedPeersCopiesAreLinkedAgainTaxonomiesIncludedButNotOnesDetachedByHand() {
        TaxonomyScheme followed = nodes.schemeOnB(SyncTesting.code("kept"));
        nodes.valueOnB(followed, "v1", null);
        TaxonomyScheme own = nodes.schemeOnB(SyncTesting.code("own"));
        nodes.importIntoA(followed);
        TaxonomyScheme ownOnA = nodes.importIntoA(own);
        String entity = entityOnB("Kept entity");
        String detachedEntity = entityOnB("Own entity");
        assertEquals(2, engine.importObjects(List.of(entity, detachedEntity)).created());
        UUID detachedEntityOnA = copyOf(detachedEntity).getObjectUuid();
        nodes.onA(() -> {
            copies.detach(ownOnA.getUuid());
            copies.detach(detachedEntityOnA);
            return null;
        });

        assertEquals(2, (int) nodes.onA(() -> copies.detachAll(nodes.peer)));
        assertTrue(copyOf(nodes.uriOnB(followed)).getPeer().isEmpty());
        assertEquals(2, (int) nodes.onA(() -> copies.relink(nodes.peer)));

        assertTrue(followsPeer(nodes.uriOnB(followed)), "the taxonomy follows B again");
        assertTrue(followsPeer(entity), "the entity follows B again");
        assertTrue(copyOf(nodes.uriOnB(followed)).getDetachedAt().isEmpty());
        assertTrue(copyOf(nodes.uriOnB(own)).getPeer().isEmpty(), "detached by hand");
        assertTrue(copyOf(detachedEntity).getPeer().isEmpty(), "detached by hand");
        assertEquals(0, (int) nodes.onA(() -> copies.relink(nodes.peer)), "nothing is left");
    }

    @Test
    void anExplicitImportOfATaxonomyDetachedByHandIsRefusedWithTheReason() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("hand"));
        nodes.valueOnB(onB, "h1", null);
        TaxonomyScheme onA = nodes.importIntoA(onB);
        nodes.onA(() -> {
            copies.detach(onA.getUuid());
            return null;
        });

        ConflictException refused = assertThrows(ConflictException.class,
                () -> nodes.importIntoA(onB));
        assertTrue(refused.getMessage().contains("detached here"), refused.getMessage());
        PageResult byUri = engine.importObjects(List.of(nodes.uriOnB(onB)));
        assertEquals(1, byUri.errors().size(), byUri.errors().toString());
        assertTrue(copyOf(nodes.uriOnB(onB)).getPeer().isEmpty(), "still detached");
    }

    @Test
    void anExplicitImportOfACopyDetachedByHandIsRefusedAndMakesNoSecondCopy() {
        String uri = entityOnB("Detached by hand");
        assertEquals(1, engine.importObjects(List.of(uri)).created());
        UUID onA = copyOf(uri).getObjectUuid();
        nodes.onA(() -> {
            copies.detach(onA);
            return null;
        });

        PageResult again = engine.importObjects(List.of(uri));

        assertEquals(0, again.applied());
        assertEquals(1, again.errors().size(), again.errors().toString());
        assertTrue(again.errors().get(0).startsWith(uri + ": It was imported before and"
                + " detached here on "), again.errors().get(0));
        assertEquals(onA, copyOf(uri).getObjectUuid(), "the same copy, still detached");
        assertTrue(copyOf(uri).getPeer().isEmpty());
    }
}
