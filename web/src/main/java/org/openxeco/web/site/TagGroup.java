package org.openxeco.web.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The taxonomy values of an object in one taxonomy, under the taxonomy's label, with the
 * values' labels, all in the visitor's language.
 */
public record TagGroup(String label, List<Tag> values) {

    /** A value with its label. */
    public record Tag(TaxonomyValue value, String label) {
    }

    /** The values grouped per taxonomy, taxonomies and values in label order. */
    static List<TagGroup> of(Collection<TaxonomyValue> tags, Locale locale) {
        SiteLabels labels = new SiteLabels();
        Map<String, List<Tag>> groups = new LinkedHashMap<>();
        tags.stream().map(v -> new Tag(v, labels.value(v, locale)))
                .sorted(Comparator.comparing((Tag t) -> labels.scheme(t.value().getScheme(),
                        locale)).thenComparing(Tag::label))
                .forEach(t -> groups.computeIfAbsent(labels.scheme(t.value().getScheme(),
                        locale), k -> new ArrayList<>()).add(t));
        return groups.entrySet().stream().map(e -> new TagGroup(e.getKey(),
                List.copyOf(e.getValue()))).toList();
    }
}
