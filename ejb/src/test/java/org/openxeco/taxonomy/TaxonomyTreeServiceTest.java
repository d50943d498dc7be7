package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.StaleVersionException;

class TaxonomyTreeServiceTest {

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
    void moveToRenumbersOldAndNewSiblingsAndRecordsWhatChanged() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue b = t.value(scheme, "b", null);
        t.value(scheme, "a0", a.getUuid());
        TaxonomyValue a1 = t.value(scheme, "a1", a.getUuid());
        t.value(scheme, "a2", a.getUuid());
        t.value(scheme, "b0", b.getUuid());
        t.value(scheme, "b1", b.getUuid());
        t.value(scheme, "a1x", a1.getUuid());
        Map<String, TaxonomyValue> before = t.byCode(scheme);

        TaxonomyValue moved = t.admin(() -> t.tree.moveTo(scheme, a1.getUuid(),
                a1.getVersion(), b.getUuid(), 1));

        assertEquals(List.of("a0", "a2"), t.children(scheme, "a"));
        assertEquals(List.of(0, 1), t.positions(scheme, "a"));
        assertEquals(List.of("b0", "a1", "b1"), t.children(scheme, "b"));
        assertEquals(List.of(0, 1, 2), t.positions(scheme, "b"));
        Map<String, TaxonomyValue> after = t.byCode(scheme);
        for (String code : List.of("a1", "a2", "b1", "a1x")) {
            assertTrue(after.get(code).getChangeSeq() > before.get(code).getChangeSeq(), code);
            assertEquals(before.get(code).getVersion() + 1, after.get(code).getVersion(), code);
        }
        for (String code : List.of("a", "b", "a0", "b0")) {
            assertEquals(before.get(code).getChangeSeq(), after.get(code).getChangeSeq(), code);
        }
        assertEquals("/" + b.getUuid() + "/" + a1.getUuid() + "/"
                + after.get("a1x").getUuid() + "/", after.get("a1x").getPath());
        assertEquals(3, after.get("a1x").getDepth());
        assertEquals(after.get("a1").getVersion(), moved.getVersion());
    }

    @Test
    void moveToTheRootAtTheFront() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        t.value(scheme, "b", null);
        TaxonomyValue a0 = t.value(scheme, "a0", a.getUuid());

        t.admin(() -> t.tree.moveTo(scheme, a0.getUuid(), a0.getVersion(), null, 0));

        assertEquals(List.of("a0", "a", "b"), t.children(scheme, null));
        assertEquals(List.of(0, 1, 2), t.positions(scheme, null));
        assertEquals(1, t.reload(scheme, a0).getDepth());
    }

    @Test
    void moveUnderOwnDescendantIsRefusedAsCycleAndChangesNothing() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue a1 = t.value(scheme, "a1", a.getUuid());
        TaxonomyValue a11 = t.value(scheme, "a11", a1.getUuid());

        ConflictException e = assertThrows(ConflictException.class, () -> t.admin(() ->
                t.tree.moveTo(scheme, a.getUuid(), a.getVersion(), a11.getUuid(), 0)));
        assertEquals("cycle", e.kind());
        ConflictException self = assertThrows(ConflictException.class, () -> t.admin(() ->
                t.tree.moveTo(scheme, a.getUuid(), a.getVersion(), a.getUuid(), 0)));
        assertEquals("cycle", self.kind());
        assertEquals(a.getVersion(), t.reload(scheme, a).getVersion());
        assertEquals(List.of("a"), t.children(scheme, null));
    }

    @Test
    void moveThatMakesTheTreeTooDeepIsRefused() {
        UUID scheme = t.scheme();
        StringBuilder chain = new StringBuilder("code,parent_code,label\nc1,,C1\n");
        for (int i = 2; i <= TaxonomyValue.MAX_DEPTH - 1; i++) {
            chain.append("c").append(i).append(",c").append(i - 1).append(",C\n");
        }
        chain.append("x,,X\nx1,x,X1\n");
        t.admin(() -> t.installer.importCsv(scheme, TaxonomyTesting.csv(chain.toString()),
                "chain.csv"));
        Map<String, TaxonomyValue> values = t.byCode(scheme);
        TaxonomyValue x = values.get("x");
        UUID bottom = values.get("c" + (TaxonomyValue.MAX_DEPTH - 1)).getUuid();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.tree.moveTo(scheme, x.getUuid(), x.getVersion(), bottom, 0)));
        assertEquals("parent", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("" + TaxonomyValue.MAX_DEPTH));
        assertEquals(1, t.reload(scheme, x).getDepth());

        // Without its child, x fits exactly at the deepest level.
        TaxonomyValue x1 = values.get("x1");
        t.admin(() -> t.tree.moveTo(scheme, x1.getUuid(), x1.getVersion(), null, 0));
        long version = t.reload(scheme, x).getVersion();
        t.admin(() -> t.tree.moveTo(scheme, x.getUuid(), version, bottom, 0));
        assertEquals(TaxonomyValue.MAX_DEPTH, t.reload(scheme, x).getDepth());
    }

    @Test
    void positionOutsideTheSiblingsIsRefused() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue b = t.value(scheme, "b", null);
        t.value(scheme, "b0", b.getUuid());

        for (int position : new int[] {-1, 2}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                    t.admin(() -> t.tree.moveTo(scheme, a.getUuid(), a.getVersion(),
                            b.getUuid(), position)));
            assertEquals("position", e.errors().get(0).field());
        }
        t.admin(() -> t.tree.moveTo(scheme, a.getUuid(), a.getVersion(), b.getUuid(), 1));
        assertEquals(List.of("b0", "a"), t.children(scheme, "b"));
    }

    @Test
    void parentFromAnotherSchemeIsRefused() {
        UUID scheme = t.scheme();
        UUID other = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue foreign = t.value(other, "f", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.tree.moveTo(scheme, a.getUuid(), a.getVersion(), foreign.getUuid(), 0)));
        assertEquals("parent", e.errors().get(0).field());
    }

    @Test
    void staleVersionIsRefused() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        t.value(scheme, "b", null);
        t.admin(() -> t.tree.reorder(scheme, a.getUuid(), a.getVersion(), 1));

        StaleVersionException e = assertThrows(StaleVersionException.class, () ->
                t.admin(() -> t.tree.reorder(scheme, a.getUuid(), a.getVersion(), 0)));
        assertEquals(a.getVersion() + 1, e.currentVersion());
        assertEquals(List.of("b", "a"), t.children(scheme, null));
    }

    @Test
    void visitorsCannotMoveOrReorder() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        t.value(scheme, "b", null);

        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.tree.moveTo(scheme, a.getUuid(), a.getVersion(), null, 1)));
        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.tree.moveDown(scheme, a.getUuid(), a.getVersion())));
        assertEquals(List.of("a", "b"), t.children(scheme, null));
    }

    @Test
    void reorderPlacesAValueAmongItsSiblings() {
        UUID scheme = t.scheme();
        for (String code : List.of("s0", "s1", "s2", "s3")) {
            t.value(scheme, code, null);
        }
        TaxonomyValue s3 = t.byCode(scheme).get("s3");

        t.admin(() -> t.tree.reorder(scheme, s3.getUuid(), s3.getVersion(), 1));

        assertEquals(List.of("s0", "s3", "s1", "s2"), t.children(scheme, null));
        assertEquals(List.of(0, 1, 2, 3), t.positions(scheme, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.admin(() ->
                t.tree.reorder(scheme, s3.getUuid(), s3.getVersion() + 1, 4)));
        assertEquals("position", e.errors().get(0).field());
    }

    @Test
    void moveUpAndDownSwapWithANeighbourAndStopAtTheEnds() {
        UUID scheme = t.scheme();
        TaxonomyValue p = t.value(scheme, "p", null);
        for (String code : List.of("x", "y", "z")) {
            t.value(scheme, code, p.getUuid());
        }
        TaxonomyValue z = t.byCode(scheme).get("z");

        TaxonomyValue up = t.admin(() -> t.tree.moveUp(scheme, z.getUuid(), z.getVersion()));
        assertEquals(List.of("x", "z", "y"), t.children(scheme, "p"));
        TaxonomyValue top = t.admin(() -> t.tree.moveUp(scheme, z.getUuid(), up.getVersion()));
        assertEquals(List.of("z", "x", "y"), t.children(scheme, "p"));
        InvalidInputException first = assertThrows(InvalidInputException.class, () ->
                t.admin(() -> t.tree.moveUp(scheme, z.getUuid(), top.getVersion())));
        assertTrue(first.errors().get(0).message().contains("first"));

        TaxonomyValue y = t.byCode(scheme).get("y");
        InvalidInputException last = assertThrows(InvalidInputException.class, () ->
                t.admin(() -> t.tree.moveDown(scheme, y.getUuid(), y.getVersion())));
        assertTrue(last.errors().get(0).message().contains("last"));
        t.admin(() -> t.tree.moveDown(scheme, z.getUuid(), top.getVersion()));
        assertEquals(List.of("x", "z", "y"), t.children(scheme, "p"));
        assertEquals(List.of(0, 1, 2), t.positions(scheme, "p"));
    }

    @Test
    void changingTheParentInAnUpdateAlsoClosesTheGapItLeaves() {
        UUID scheme = t.scheme();
        TaxonomyValue a = t.value(scheme, "a", null);
        TaxonomyValue b = t.value(scheme, "b", null);
        TaxonomyValue c = t.value(scheme, "c", null);

        t.admin(() -> t.taxonomies.updateValue(scheme, a.getUuid(), a.getVersion(),
                t.data(scheme, "a"), c.getUuid()));

        assertEquals(List.of("b", "c"), t.children(scheme, null));
        assertEquals(List.of(0, 1), t.positions(scheme, null));
        assertTrue(t.reload(scheme, b).getChangeSeq() > b.getChangeSeq());
        assertEquals(List.of("a"), t.children(scheme, "c"));
    }
}
