package org.openxeco.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;

/**
 * One checkbox tree per taxonomy that may tag objects of a type (entities, or articles of
 * one kind). Ticking a value tags it alone: the selection does not spread to parents or
 * children.
 */
public class TagPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a tree node stands for. */
    public record Tag(UUID uuid, String label) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The label, for expressions that read bean properties. */
        public String getLabel() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The tree of one taxonomy and the values ticked in it. */
    public static class SchemeTree implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final Set<ObjectType> targets;
        private final TreeNode<Tag> root;
        private final Map<UUID, CheckboxTreeNode<Tag>> nodes;
        private TreeNode<Tag>[] selection;

        SchemeTree(String label, Set<ObjectType> targets, TreeNode<Tag> root,
                Map<UUID, CheckboxTreeNode<Tag>> nodes) {
            this.label = label;
            this.targets = Set.copyOf(targets);
            this.root = root;
            this.nodes = nodes;
        }

        public String getLabel() {
            return label;
        }

        /** Whether this taxonomy may tag objects of the type. */
        public boolean mayTag(ObjectType type) {
            return targets.contains(type);
        }

        public TreeNode<Tag> getRoot() {
            return root;
        }

        public TreeNode<Tag>[] getSelection() {
            return selection;
        }

        public void setSelection(TreeNode<Tag>[] selection) {
            this.selection = selection;
        }
    }

    private final List<SchemeTree> trees = new ArrayList<>();

    /** Builds the trees of every taxonomy that may tag the type, labelled in the language. */
    public void build(TaxonomyService taxonomies, String language, ObjectType type) {
        build(taxonomies, language, Set.of(type));
    }

    /**
     * Builds the trees of every taxonomy that may tag any of the types, for a form whose
     * object may still change its type; {@link #selected(ObjectType)} keeps the ticks that
     * apply.
     */
    public void build(TaxonomyService taxonomies, String language, Set<ObjectType> types) {
        trees.clear();
        Locale locale = Locale.forLanguageTag(language);
        for (TaxonomyScheme scheme : taxonomies.schemes()) {
            if (types.stream().noneMatch(scheme::mayTag)) {
                continue;
            }
            CheckboxTreeNode<Tag> root = new CheckboxTreeNode<>(new Tag(null, ""), null);
            Map<UUID, CheckboxTreeNode<Tag>> nodes = new HashMap<>();
            for (TaxonomyValue value : taxonomies.values(scheme.getUuid())) {
                TreeNode<Tag> parent = value.getParent()
                        .map(p -> (TreeNode<Tag>) nodes.get(p.getUuid())).orElse(root);
                CheckboxTreeNode<Tag> node = new CheckboxTreeNode<>(
                        new Tag(value.getUuid(), ShownLabels.value(value, locale)),
                        parent == null ? root : parent);
                nodes.put(value.getUuid(), node);
            }
            trees.add(new SchemeTree(ShownLabels.scheme(scheme, locale), scheme.getTargets(),
                    root, nodes));
        }
    }

    /** Ticks the given values and opens the branches that lead to them. */
    public void select(Collection<UUID> tagged) {
        for (SchemeTree tree : trees) {
            List<TreeNode<Tag>> selected = new ArrayList<>();
            tree.nodes.forEach((uuid, node) -> {
                node.setSelected(tagged.contains(uuid), false, false);
                if (tagged.contains(uuid)) {
                    selected.add(node);
                    for (TreeNode<Tag> p = node.getParent(); p != null; p = p.getParent()) {
                        p.setExpanded(true);
                    }
                }
            });
            tree.setSelection(toArray(selected));
        }
    }

    @SuppressWarnings("unchecked")
    private static TreeNode<Tag>[] toArray(List<TreeNode<Tag>> nodes) {
        return nodes.toArray(new TreeNode[0]);
    }

    /** The values ticked in every tree. */
    public List<UUID> selected() {
        return selected(null);
    }

    /** The values ticked in the trees that may tag the type (all trees when it is null). */
    public List<UUID> selected(ObjectType type) {
        List<UUID> uuids = new ArrayList<>();
        for (SchemeTree tree : trees) {
            if (tree.selection != null && (type == null || tree.mayTag(type))) {
                for (TreeNode<Tag> node : tree.selection) {
                    if (node.getData() != null && node.getData().uuid() != null) {
                        uuids.add(node.getData().uuid());
                    }
                }
            }
        }
        return uuids;
    }

    public List<SchemeTree> getTrees() {
        return trees;
    }
}
