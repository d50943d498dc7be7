package org.openxeco.rest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyValue;

/** A taxonomy value as it appears on a tagged object. */
@JsonbPropertyOrder({"id", "uri", "taxonomy", "code", "label"})
public record TagView(UUID id, String uri, String taxonomy, String code, String label) {

    public static List<TagView> of(Collection<TaxonomyValue> tags, NodeUris uris) {
        return tags.stream()
                .sorted(Comparator.comparing((TaxonomyValue v) -> v.getScheme().getCode())
                        .thenComparing(TaxonomyValue::getCode))
                .map(v -> new TagView(v.getUuid(), uriOf(v, uris), v.getScheme().getCode(),
                        v.getCode(), v.label(null)))
                .toList();
    }

    /** The value's canonical URI if it has one, else its URI on this node. */
    public static String uriOf(TaxonomyValue value, NodeUris uris) {
        return value.getCanonicalUri() != null ? value.getCanonicalUri()
                : uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }
}
