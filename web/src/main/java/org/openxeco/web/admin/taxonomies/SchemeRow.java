package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One scheme in the list: code, label in the person's language, targets and value count. */
public record SchemeRow(UUID uuid, String code, String label, Map<String, String> labels,
        List<String> targets, int values, long version) implements Serializable {
}
