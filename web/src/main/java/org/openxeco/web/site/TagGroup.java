package org.openxeco.web.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openxeco.taxonomy.TaxonomyValue;

/** The taxonomy values of an object in one taxonomy, under the taxonomy's label. */
public record TagGroup(String label, List<TaxonomyValue> values) {

    /** The values grouped per taxonomy, taxonomies and values in label order. */
    static List<TagGroup> of(Collection<TaxonomyValue> tags, String lang) {
        Map<String, List<TaxonomyValue>> groups = new LinkedHashMap<>();
        tags.stream().sorted(Comparator.comparing((TaxonomyValue v) ->
                v.getScheme().label(lang)).thenComparing(v -> v.label(lang)))
                .forEach(v -> groups.computeIfAbsent(v.getScheme().label(lang),
                        k -> new ArrayList<>()).add(v));
        return groups.entrySet().stream().map(e -> new TagGroup(e.getKey(),
                List.copyOf(e.getValue()))).toList();
    }
}
