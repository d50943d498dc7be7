package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Problems;

/**
 * Places values in the tree of a scheme for the services that change trees. Keeps the tree
 * free of cycles and within {@link TaxonomyValue#MAX_DEPTH}, numbers siblings densely from 0
 * after a move and records every value whose stored place changed.
 */
final class TreeEditor {

    private final EntityManager em;
    private final ChangeLog changes;

    TreeEditor(EntityManager em, ChangeLog changes) {
        this.em = em;
        this.changes = changes;
    }

    /** The value with this UUID as a parent in the given scheme, or an input error. */
    TaxonomyValue parentIn(TaxonomyScheme scheme, UUID parentUuid) {
        TaxonomyValue parent = em.createQuery("select v from TaxonomyValue v"
                + " where v.uuid = :uuid", TaxonomyValue.class)
                .setParameter("uuid", parentUuid.toString()).getResultStream().findFirst()
                .orElseThrow(() -> Problems.invalid("parent", "tag.unknown", parentUuid));
        if (!parent.getScheme().getUuid().equals(scheme.getUuid())) {
            throw Problems.invalid("parent", "value.parentOtherTaxonomy");
        }
        return parent;
    }

    /** The children of a parent, or the roots of the scheme, by position then code. */
    List<TaxonomyValue> children(TaxonomyScheme scheme, TaxonomyValue parent) {
        return (parent == null
                ? em.createQuery("select v from TaxonomyValue v where v.scheme = :s"
                        + " and v.parent is null order by v.position, v.code", TaxonomyValue.class)
                        .setParameter("s", scheme)
                : em.createQuery("select v from TaxonomyValue v where v.parent = :p"
                        + " order by v.position, v.code", TaxonomyValue.class)
                        .setParameter("p", parent))
                .getResultList();
    }

    /** The position after the last child of a parent, or after the last root. */
    int nextPosition(TaxonomyScheme scheme, TaxonomyValue parent) {
        Integer max = (parent == null
                ? em.createQuery("select max(v.position) from TaxonomyValue v"
                        + " where v.scheme = :s and v.parent is null", Integer.class)
                        .setParameter("s", scheme)
                : em.createQuery("select max(v.position) from TaxonomyValue v"
                        + " where v.parent = :p", Integer.class).setParameter("p", parent))
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /** The value and all its descendants, parents before children. */
    List<TaxonomyValue> subtree(TaxonomyValue value) {
        return em.createQuery("select v from TaxonomyValue v where v.scheme = :s"
                + " and v.path like :prefix order by v.depth, v.position, v.code",
                TaxonomyValue.class).setParameter("s", value.getScheme())
                .setParameter("prefix", value.getPath() + "%").getResultList();
    }

    /**
     * Moves a value with its subtree to the end of the children of a parent (or roots). It
     * reads the tree before changing anything: a caller changing the value's own fields
     * too does so after the move, as a query among the changes would write them out early.
     */
    void moveToEnd(TaxonomyValue value, TaxonomyValue parent) {
        checkNoCycle(value, parent);
        int end = without(children(value.getScheme(), parent), value).size();
        moveTo(value, parent, end);
    }

    /**
     * Moves a value with its subtree under a parent (or to the root) at an index among its
     * new siblings, from 0 to their number. Renumbers the old and new siblings densely and
     * records every value whose parent, position, depth or path changed.
     */
    void moveTo(TaxonomyValue value, TaxonomyValue parent, int index) {
        checkNoCycle(value, parent);
        TaxonomyScheme scheme = value.getScheme();
        TaxonomyValue oldParent = value.getParent().orElse(null);
        boolean sameParent = sameParent(value, parent);
        List<TaxonomyValue> oldSiblings = without(children(scheme, oldParent), value);
        List<TaxonomyValue> newSiblings = sameParent ? oldSiblings
                : without(children(scheme, parent), value);
        if (index < 0 || index > newSiblings.size()) {
            throw Problems.invalid("position", "value.position", newSiblings.size());
        }
        changes.track(value);
        oldSiblings.forEach(changes::track);
        newSiblings.forEach(changes::track);
        Set<TaxonomyValue> changed = new LinkedHashSet<>();
        if (!sameParent) {
            checkDepth(value, parent);
            List<TaxonomyValue> subtree = subtree(value);
            value.placeUnder(parent, index);
            changed.add(value);
            for (TaxonomyValue descendant : subtree) {
                if (descendant != value) {
                    descendant.placeUnder(descendant.getParent().orElseThrow(),
                            descendant.getPosition());
                    changed.add(descendant);
                }
            }
            renumber(oldSiblings, oldParent, changed);
        }
        newSiblings.add(index, value);
        renumber(newSiblings, parent, changed);
        changed.forEach(changes::record);
    }

    /** Refuses to place a value under itself or one of its descendants. */
    static void checkNoCycle(TaxonomyValue value, TaxonomyValue parent) {
        if (parent != null && value.isAncestorOrSelfOf(parent)) {
            throw new ConflictException("cycle", Problems.text("value.cycle", value.getCode()));
        }
    }

    /** Whether the value's current parent is the given one (null: the root). */
    static boolean sameParent(TaxonomyValue value, TaxonomyValue parent) {
        TaxonomyValue current = value.getParent().orElse(null);
        return current == null ? parent == null
                : parent != null && current.getUuid().equals(parent.getUuid());
    }

    /** Refuses a value that lies deeper than a tree may reach. */
    static void checkDepth(int depth) {
        if (depth > TaxonomyValue.MAX_DEPTH) {
            throw Problems.invalid("parent", "value.depth", TaxonomyValue.MAX_DEPTH);
        }
    }

    private void checkDepth(TaxonomyValue value, TaxonomyValue parent) {
        Integer deepest = em.createQuery("select max(v.depth) from TaxonomyValue v"
                + " where v.scheme = :s and v.path like :prefix", Integer.class)
                .setParameter("s", value.getScheme())
                .setParameter("prefix", value.getPath() + "%").getSingleResult();
        int newDepth = parent == null ? 1 : parent.getDepth() + 1;
        checkDepth((deepest == null ? value.getDepth() : deepest) - value.getDepth() + newDepth);
    }

    private static void renumber(List<TaxonomyValue> siblings, TaxonomyValue parent,
            Set<TaxonomyValue> changed) {
        for (int i = 0; i < siblings.size(); i++) {
            TaxonomyValue sibling = siblings.get(i);
            if (sibling.getPosition() != i || changed.contains(sibling)) {
                sibling.placeUnder(parent, i);
                changed.add(sibling);
            }
        }
    }

    private static List<TaxonomyValue> without(List<TaxonomyValue> values, TaxonomyValue value) {
        List<TaxonomyValue> rest = new ArrayList<>(values.size());
        for (TaxonomyValue v : values) {
            if (!v.getUuid().equals(value.getUuid())) {
                rest.add(v);
            }
        }
        return rest;
    }
}
