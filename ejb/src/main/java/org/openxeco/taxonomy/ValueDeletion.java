package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Problems;

/**
 * Deletes a value or a whole subtree, refusing while it has children that were not asked
 * to go with it or while any of its values tags an object. Leaves a tombstone per value.
 */
final class ValueDeletion {

    private final EntityManager em;
    private final ChangeLog changes;

    ValueDeletion(EntityManager em, ChangeLog changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Deletes the value, and with {@code subtree} its descendants; returns how many. */
    int delete(TaxonomyValue value, boolean subtree) {
        List<TaxonomyValue> values = new TreeEditor(em, changes).subtree(value);
        if (values.size() > 1 && !subtree) {
            long children = values.stream()
                    .filter(v -> v.getDepth() == value.getDepth() + 1).count();
            throw new ConflictException("has-children", Problems.text("value.hasChildren",
                    value.getCode(), children));
        }
        refuseIfUsed(value, values.size() > 1);
        remove(em, changes, values);
        return values.size();
    }

    /**
     * Removes values deepest first, so that no child outlives its parent in the database, and
     * marks their scheme as changed.
     */
    static void remove(EntityManager em, ChangeLog changes, Collection<TaxonomyValue> values) {
        List<TaxonomyValue> deepestFirst = new ArrayList<>(values);
        deepestFirst.sort(Comparator.comparingInt(TaxonomyValue::getDepth).reversed());
        int depth = -1;
        for (TaxonomyValue value : deepestFirst) {
            if (depth != -1 && value.getDepth() != depth) {
                em.flush();
            }
            depth = value.getDepth();
            changes.recordDeletion(value);
            em.remove(value);
        }
        // The scheme's concepts changed: it gets a change number, so followers see it.
        deepestFirst.stream().findFirst().map(TaxonomyValue::getScheme).filter(em::contains)
                .ifPresent(scheme -> {
                    changes.track(scheme);
                    changes.record(scheme);
                });
        em.flush();
    }

    private void refuseIfUsed(TaxonomyValue value, boolean withSubtree) {
        TagCounts tags = new TagCounts(em);
        if (!withSubtree) {
            TagCounts.Counts used = tags.of(value);
            if (used.total() > 0) {
                throw new ConflictException("in-use", Problems.text("value.inUse",
                        value.getCode(), used.describe()));
            }
            return;
        }
        Map<UUID, TagCounts.Counts> used = tags.directInSubtree(value);
        if (!used.isEmpty()) {
            TagCounts.Counts total = used.values().stream()
                    .reduce(TagCounts.Counts.NONE, TagCounts.Counts::plus);
            throw new ConflictException("in-use", Problems.text("value.subtreeInUse",
                    used.size(), value.getCode(), total.describe()));
        }
    }
}
