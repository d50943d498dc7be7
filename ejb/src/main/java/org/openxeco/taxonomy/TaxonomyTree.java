package org.openxeco.taxonomy;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;

/**
 * Moves values within the tree of a scheme: under another parent or to the root at a chosen
 * place, or up and down among their siblings. A move takes the subtree along, refuses cycles
 * and trees deeper than {@link TaxonomyValue#MAX_DEPTH}, numbers the siblings it touches
 * densely from 0 and records every value whose place changed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class TaxonomyTree {

    private static final Logger LOG = Logger.getLogger(TaxonomyTree.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    @Resource
    SessionContext context;

    /**
     * Moves a value with its subtree under a parent ({@code null}: to the root) at a position
     * among its new siblings, from 0 (first) to their number (last). A move under the value
     * itself or a descendant is refused as a conflict of kind {@code cycle}.
     */
    public TaxonomyValue moveTo(UUID schemeUuid, UUID valueUuid, long version, UUID parentUuid,
            int position) {
        TaxonomyValue value = lockedValue(schemeUuid, valueUuid, version);
        TreeEditor tree = new TreeEditor(em, changes);
        TaxonomyValue parent = parentUuid == null ? null
                : tree.parentIn(value.getScheme(), parentUuid);
        tree.moveTo(value, parent, position);

        SystemTask.logChange(LOG, () -> "Moved taxonomy value " + valueUuid + " under "
                + (parentUuid == null ? "the root" : parentUuid) + " at " + position);
        return value;
    }

    /** Moves a value to a position among its siblings, from 0 to their number less one. */
    public TaxonomyValue reorder(UUID schemeUuid, UUID valueUuid, long version, int position) {
        TaxonomyValue value = lockedValue(schemeUuid, valueUuid, version);
        new TreeEditor(em, changes).moveTo(value, value.getParent().orElse(null), position);

        SystemTask.logChange(LOG, () -> "Moved taxonomy value " + valueUuid + " to position "
                + position);
        return value;
    }

    /** Swaps a value with the sibling before it; refused for the first sibling. */
    public TaxonomyValue moveUp(UUID schemeUuid, UUID valueUuid, long version) {
        return shift(schemeUuid, valueUuid, version, -1);
    }

    /** Swaps a value with the sibling after it; refused for the last sibling. */
    public TaxonomyValue moveDown(UUID schemeUuid, UUID valueUuid, long version) {
        return shift(schemeUuid, valueUuid, version, 1);
    }

    private TaxonomyValue shift(UUID schemeUuid, UUID valueUuid, long version, int by) {
        TaxonomyValue value = lockedValue(schemeUuid, valueUuid, version);
        TreeEditor tree = new TreeEditor(em, changes);
        TaxonomyValue parent = value.getParent().orElse(null);
        List<TaxonomyValue> siblings = tree.children(value.getScheme(), parent);
        int index = by;
        while (!siblings.get(index - by).getUuid().equals(valueUuid)) {
            index++;
        }
        if (index < 0 || index >= siblings.size()) {
            throw Problems.invalid("position", by < 0 ? "value.first" : "value.last",
                    value.getCode());
        }
        tree.moveTo(value, parent, index);

        SystemTask.logChange(LOG, () -> "Moved taxonomy value " + valueUuid
                + (by < 0 ? " up" : " down"));
        return value;
    }

    private TaxonomyValue lockedValue(UUID schemeUuid, UUID valueUuid, long version) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyValue value = taxonomies.value(schemeUuid, valueUuid);
        StaleVersionException.check("Taxonomy value " + valueUuid, version, value.getVersion());
        return value;
    }
}
