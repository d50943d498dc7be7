package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyUsage.Usage;
import org.openxeco.taxonomy.TaxonomyUsage.UsedBy;
import org.openxeco.taxonomy.TaxonomyUsage.WhereUsed;

class TaxonomyUsageServiceTest {

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
    void whereUsedListsTheEntitiesAndArticlesAValueTags() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);
        TaxonomyValue other = t.value(scheme, "other", null);
        Organisation beta = t.entity("Beta " + TaxonomyTesting.suffix(), v);
        Organisation alpha = t.entity("Alpha " + TaxonomyTesting.suffix(), v, other);
        Article event = t.event("Summit " + TaxonomyTesting.suffix(), v);
        t.entity("Unrelated " + TaxonomyTesting.suffix(), other);

        WhereUsed used = t.admin(() -> t.usage.whereUsed(scheme, v.getUuid()));

        assertEquals(2, used.entities());
        assertEquals(1, used.articles());
        assertEquals(List.of(
                new UsedBy(ObjectType.ENTITY, alpha.getUuid(), alpha.getName()),
                new UsedBy(ObjectType.ENTITY, beta.getUuid(), beta.getName()),
                new UsedBy(ObjectType.EVENT, event.getUuid(), event.getTitle())), used.first());
        assertFalse(used.truncated());
    }

    @Test
    void whereUsedIsCappedButCountsEverything() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);
        t.entity("One " + TaxonomyTesting.suffix(), v);
        t.entity("Two " + TaxonomyTesting.suffix(), v);
        t.event("Three " + TaxonomyTesting.suffix(), v);

        WhereUsed used = t.admin(() -> t.usage.whereUsed(scheme, v.getUuid(), 2));

        assertEquals(2, used.first().size());
        assertEquals(3, used.total());
        assertTrue(used.truncated());
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                t.admin(() -> t.usage.whereUsed(scheme, v.getUuid(), 0)));
        assertEquals("limit", e.errors().get(0).field());
    }

    @Test
    void deletingAUsedValueIsRefusedSayingHowManyObjectsUseIt() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);
        t.entity("One " + TaxonomyTesting.suffix(), v);
        t.entity("Two " + TaxonomyTesting.suffix(), v);
        t.event("Three " + TaxonomyTesting.suffix(), v);

        ConflictException e = assertThrows(ConflictException.class, () -> t.admin(() -> {
            t.taxonomies.deleteValue(scheme, v.getUuid(), v.getVersion());
            return null;
        }));

        assertEquals("in-use", e.kind());
        assertTrue(e.getMessage().contains("2 entities and 1 article"), e.getMessage());
        assertEquals(1, t.byCode(scheme).size());
    }

    @Test
    void deletingAValueWithChildrenNeedsTheSubtreeAskedFor() {
        UUID scheme = t.scheme();
        TaxonomyValue p = t.value(scheme, "p", null);
        TaxonomyValue c = t.value(scheme, "c", p.getUuid());
        TaxonomyValue g = t.value(scheme, "g", c.getUuid());
        TaxonomyValue kept = t.value(scheme, "kept", null);

        ConflictException e = assertThrows(ConflictException.class, () -> t.admin(() -> {
            t.taxonomies.deleteValue(scheme, p.getUuid(), p.getVersion(), false);
            return null;
        }));
        assertEquals("has-children", e.kind());

        t.admin(() -> {
            t.taxonomies.deleteValue(scheme, p.getUuid(), p.getVersion(), true);
            return null;
        });

        assertEquals(Set.of("kept"), t.byCode(scheme).keySet());
        for (TaxonomyValue gone : List.of(p, c, g)) {
            assertTrue(t.tombstoned(gone.getUuid()), gone.getCode());
        }
        assertFalse(t.tombstoned(kept.getUuid()));
    }

    @Test
    void deletingASubtreeWithAUsedDescendantIsRefusedWithCounts() {
        UUID scheme = t.scheme();
        TaxonomyValue p = t.value(scheme, "p", null);
        TaxonomyValue c = t.value(scheme, "c", p.getUuid());
        TaxonomyValue g = t.value(scheme, "g", c.getUuid());
        t.event("Used below " + TaxonomyTesting.suffix(), g);

        ConflictException e = assertThrows(ConflictException.class, () -> t.admin(() -> {
            t.taxonomies.deleteValue(scheme, p.getUuid(), p.getVersion(), true);
            return null;
        }));

        assertEquals("in-use", e.kind());
        assertTrue(e.getMessage().contains("0 entities and 1 article"), e.getMessage());
        assertEquals(3, t.byCode(scheme).size());
        assertFalse(t.tombstoned(p.getUuid()));
    }

    @Test
    void usageCountsEachValueAndItsSubtreeWithEveryObjectOnce() {
        UUID scheme = t.scheme();
        TaxonomyValue p = t.value(scheme, "p", null);
        TaxonomyValue c1 = t.value(scheme, "c1", p.getUuid());
        TaxonomyValue c2 = t.value(scheme, "c2", p.getUuid());
        TaxonomyValue g = t.value(scheme, "g", c1.getUuid());
        TaxonomyValue unused = t.value(scheme, "unused", null);
        t.entity("Both levels " + TaxonomyTesting.suffix(), c1, g);
        t.entity("Second child " + TaxonomyTesting.suffix(), c2);
        t.event("Top " + TaxonomyTesting.suffix(), p);

        Map<UUID, Usage> usage = t.admin(() -> t.usage.usage(scheme));

        assertEquals(5, usage.size());
        assertEquals(new Usage(0, 1, 2, 1), usage.get(p.getUuid()));
        assertEquals(new Usage(1, 0, 1, 0), usage.get(c1.getUuid()));
        assertEquals(new Usage(1, 0, 1, 0), usage.get(c2.getUuid()));
        assertEquals(new Usage(1, 0, 1, 0), usage.get(g.getUuid()));
        assertEquals(new Usage(0, 0, 0, 0), usage.get(unused.getUuid()));
        assertEquals(1, usage.get(p.getUuid()).direct());
        assertEquals(3, usage.get(p.getUuid()).subtree());
    }

    @Test
    void onlyAdministratorsSeeWhereValuesAreUsed() {
        UUID scheme = t.scheme();
        TaxonomyValue v = t.value(scheme, "v", null);

        assertThrows(NotAllowedException.class, () -> t.visitor(() ->
                t.usage.whereUsed(scheme, v.getUuid())));
        assertThrows(NotAllowedException.class, () -> t.visitor(() -> t.usage.usage(scheme)));
    }
}
