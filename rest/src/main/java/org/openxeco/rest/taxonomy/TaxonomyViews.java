package org.openxeco.rest.taxonomy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.ObjectType;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.TagView;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/** Taxonomies on the wire: a scheme summary, a scheme with its tree, and single values. */
public final class TaxonomyViews {

    private TaxonomyViews() {
    }

    /** A scheme without its values. */
    @JsonbPropertyOrder({"id", "uri", "version", "created", "updated", "code", "label",
            "labels", "description", "multipleChoice", "appliesTo", "source", "licence"})
    public record SchemeView(UUID id, String uri, long version, Instant created, Instant updated,
            String code, String label, Map<String, String> labels, String description,
            boolean multipleChoice, List<String> appliesTo, String source, String licence) {
    }

    /** A scheme with its whole tree. */
    @JsonbPropertyOrder({"taxonomy", "valueCount", "depth", "tree"})
    public record TreeView(SchemeView taxonomy, int valueCount, int depth, List<Node> tree) {
    }

    /** A value in a tree, with its children in order. */
    @JsonbPropertyOrder({"id", "uri", "code", "label", "labels", "position", "version",
            "children"})
    public record Node(UUID id, String uri, String code, String label, Map<String, String> labels,
            int position, long version, List<Node> children) {
    }

    /** A single value, with its parent's UUID. */
    @JsonbPropertyOrder({"id", "uri", "taxonomy", "code", "label", "labels", "parent",
            "depth", "position", "version", "created", "updated"})
    public record ValueView(UUID id, String uri, UUID taxonomy, String code, String label,
            Map<String, String> labels, UUID parent, int depth, int position, long version,
            Instant created, Instant updated) {
    }

    static SchemeView scheme(TaxonomyScheme s, NodeUris uris) {
        Set<ObjectType> targets = s.getTargets();
        return new SchemeView(s.getUuid(), s.getCanonicalUri() != null ? s.getCanonicalUri()
                : uris.taxonomy(s.getUuid()), s.getVersion(), s.getCreated(), s.getUpdated(),
                s.getCode(), s.label(null), Map.copyOf(s.getLabels()), s.getDescription(),
                s.isMultipleChoice(),
                targets.stream().sorted().map(ApiEnums::name).collect(Collectors.toList()),
                s.getSource(), s.getLicence());
    }

    static TreeView tree(TaxonomyScheme scheme, List<TaxonomyValue> values, NodeUris uris) {
        Map<UUID, List<TaxonomyValue>> children = new HashMap<>();
        List<TaxonomyValue> roots = new ArrayList<>();
        int depth = 0;
        for (TaxonomyValue value : values) {
            depth = Math.max(depth, value.getDepth());
            value.getParent().ifPresentOrElse(
                    p -> children.computeIfAbsent(p.getUuid(), k -> new ArrayList<>()).add(value),
                    () -> roots.add(value));
        }
        return new TreeView(scheme(scheme, uris), values.size(), depth,
                nodes(roots, children, uris));
    }

    private static List<Node> nodes(List<TaxonomyValue> level,
            Map<UUID, List<TaxonomyValue>> children, NodeUris uris) {
        return level.stream()
                .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                .map(v -> new Node(v.getUuid(), TagView.uriOf(v, uris), v.getCode(),
                        v.label(null), Map.copyOf(v.getLabels()), v.getPosition(),
                        v.getVersion(), nodes(children.getOrDefault(v.getUuid(), List.of()),
                                children, uris)))
                .toList();
    }

    static ValueView value(TaxonomyValue v, NodeUris uris) {
        return new ValueView(v.getUuid(), TagView.uriOf(v, uris), v.getScheme().getUuid(),
                v.getCode(), v.label(null), Map.copyOf(v.getLabels()),
                v.getParent().map(TaxonomyValue::getUuid).orElse(null), v.getDepth(),
                v.getPosition(), v.getVersion(), v.getCreated(), v.getUpdated());
    }
}
