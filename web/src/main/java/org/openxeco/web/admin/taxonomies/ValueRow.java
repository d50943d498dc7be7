package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyUsage.Usage;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * One value as the tree shows it: code, label in the person's language, labels per language,
 * version, parent, depth and how many objects it and its subtree tag.
 */
public record ValueRow(UUID uuid, String code, String label, Map<String, String> labels,
        long version, UUID parent, int depth, long direct, long subtree) implements Serializable {

    /** The row of a stored value with its usage counts ({@code null}: unused). */
    static ValueRow of(TaxonomyValue value, String language, Usage usage) {
        return new ValueRow(value.getUuid(), value.getCode(),
                ShownLabels.value(value, Locale.forLanguageTag(language)),
                new LinkedHashMap<>(value.getLabels()), value.getVersion(),
                value.getParent().map(TaxonomyValue::getUuid).orElse(null), value.getDepth(),
                usage == null ? 0 : usage.direct(), usage == null ? 0 : usage.subtree());
    }

    /** The code and label, indented by depth, for choosing a new parent. */
    public String indented() {
        return "\u2002".repeat(Math.max(0, depth - 1)) + code + " \u2013 " + label;
    }
}
