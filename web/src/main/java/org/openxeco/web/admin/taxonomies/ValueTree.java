package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyTree;
import org.openxeco.taxonomy.TaxonomyUsage;
import org.openxeco.taxonomy.TaxonomyUsage.Usage;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The tree of values of the chosen scheme with usage counts per node, loaded whole once per
 * scheme and again after each change; moves a value by drag and drop, by the "move to"
 * dialog, or up and down among its siblings.
 */
@Named
@ViewScoped
public class ValueTree implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    transient TaxonomyTree tree;

    @Inject
    transient TaxonomyUsage usage;

    @Inject
    TaxonomiesPage page;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private UUID loadedFor;
    private TreeNode<ValueRow> root;
    private Map<UUID, ValueRow> rows = new HashMap<>();
    private final Set<UUID> expanded = new HashSet<>();
    private TreeNode<ValueRow> selectedNode;
    private UUID selected;
    private String moveParent;

    /** The tree of the chosen scheme; {@code null} when none is chosen. */
    public TreeNode<ValueRow> getRoot() {
        UUID scheme = page.getSelected();
        if (scheme == null) {
            return null;
        }
        if (!scheme.equals(loadedFor)) {
            loadedFor = scheme;
            expanded.clear();
            selected = null;
            reload();
        }
        return root;
    }

    /**
     * Reads the values and their usage again, keeping open nodes open and opening the given
     * values and their ancestors.
     */
    void reload(UUID... open) {
        for (UUID value : open) {
            for (ValueRow row = rows.get(value); row != null;
                    row = row.parent() == null ? null : rows.get(row.parent())) {
                expanded.add(row.uuid());
            }
        }
        String language = preferences.getLanguage();
        Map<UUID, Usage> counts = usage.usage(loadedFor);
        rows = new HashMap<>();
        Map<UUID, TreeNode<ValueRow>> nodes = new HashMap<>();
        root = new DefaultTreeNode<>(null, null);
        selectedNode = null;
        for (TaxonomyValue value : taxonomies.values(loadedFor)) {
            ValueRow row = ValueRow.of(value, language, counts.get(value.getUuid()));
            rows.put(row.uuid(), row);
            TreeNode<ValueRow> parent = row.parent() == null ? root : nodes.get(row.parent());
            TreeNode<ValueRow> node = new DefaultTreeNode<>(row, parent == null ? root : parent);
            node.setExpanded(expanded.contains(row.uuid()));
            if (row.uuid().equals(selected)) {
                node.setSelected(true);
                selectedNode = node;
            }
            nodes.put(row.uuid(), node);
        }
        if (selectedNode == null) {
            selected = null;
        }
    }

    /** Remembers a node the person opened, to keep it open after a reload. */
    public void onExpand(NodeExpandEvent event) {
        expanded.add(((ValueRow) event.getTreeNode().getData()).uuid());
    }

    /** Remembers a node the person closed. */
    public void onCollapse(NodeCollapseEvent event) {
        expanded.remove(((ValueRow) event.getTreeNode().getData()).uuid());
    }

    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<ValueRow> node = event.getTreeNode();
        select(node.getData().uuid());
    }

    void select(UUID value) {
        selected = value;
        moveParent = null;
    }

    /** Stores a drop: the dropped value goes under the drop node at the dropped index. */
    public void onDragDrop(TreeDragDropEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<ValueRow> dragged = event.getDragNode();
        @SuppressWarnings("unchecked")
        TreeNode<ValueRow> target = event.getDropNode();
        ValueRow row = rows.get(dragged.getData().uuid());
        UUID parent = target == null || target.getData() == null ? null
                : target.getData().uuid();
        move(row, parent, Math.max(0, event.getDropIndex()));
    }

    /** Moves the chosen value under the parent picked in the dialog, after its children. */
    public void moveToChosen() {
        ValueRow row = getSelectedRow();
        UUID parent = moveParent == null || moveParent.isBlank() ? null
                : UUID.fromString(moveParent);
        move(row, parent, childCount(parent, row.uuid()));
    }

    private void move(ValueRow row, UUID parent, int position) {
        try {
            tree.moveTo(loadedFor, row.uuid(), row.version(), parent, position);
            texts.info("tax.value.moved", row.code());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        selected = row.uuid();
        reload(parent == null ? row.uuid() : parent);
    }

    /** How many values the parent (or the root) has, leaving out the one being moved. */
    private int childCount(UUID parent, UUID moving) {
        return (int) rows.values().stream().filter(r -> !r.uuid().equals(moving))
                .filter(r -> parent == null ? r.parent() == null : parent.equals(r.parent()))
                .count();
    }

    public void moveUp() {
        step(true);
    }

    public void moveDown() {
        step(false);
    }

    private void step(boolean up) {
        ValueRow row = getSelectedRow();
        try {
            if (up) {
                tree.moveUp(loadedFor, row.uuid(), row.version());
            } else {
                tree.moveDown(loadedFor, row.uuid(), row.version());
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        reload();
    }

    /** The values the chosen one may move under: all but itself and its subtree. */
    public List<ValueRow> getParentChoices() {
        ValueRow moving = getSelectedRow();
        return rootOrder().stream().filter(r -> moving == null || !inSubtree(r, moving.uuid()))
                .toList();
    }

    private List<ValueRow> rootOrder() {
        List<ValueRow> ordered = new java.util.ArrayList<>();
        collect(root, ordered);
        return ordered;
    }

    private static void collect(TreeNode<ValueRow> node, List<ValueRow> into) {
        if (node == null) {
            return;
        }
        for (TreeNode<ValueRow> child : node.getChildren()) {
            into.add(child.getData());
            collect(child, into);
        }
    }

    /** A value and every value below it, in tree order. */
    List<ValueRow> subtree(UUID top) {
        return rootOrder().stream().filter(r -> inSubtree(r, top)).toList();
    }

    private boolean inSubtree(ValueRow row, UUID top) {
        for (ValueRow r = row; r != null; r = r.parent() == null ? null : rows.get(r.parent())) {
            if (r.uuid().equals(top)) {
                return true;
            }
        }
        return false;
    }

    public ValueRow getSelectedRow() {
        return selected == null ? null : rows.get(selected);
    }

    UUID scheme() {
        return loadedFor;
    }

    public TreeNode<ValueRow> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<ValueRow> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getMoveParent() {
        return moveParent;
    }

    public void setMoveParent(String moveParent) {
        this.moveParent = moveParent;
    }
}
