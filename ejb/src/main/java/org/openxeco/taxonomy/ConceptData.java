package org.openxeco.taxonomy;

import java.util.Map;

/**
 * A concept of another node's scheme as it arrives, checked and trimmed to the columns: its
 * URI, the code it should get (the notation), labels per language, the URI of its broader
 * concept (null at the root) and its position among its siblings at the origin.
 */
public record ConceptData(String uri, String code, Map<String, String> labels,
        String broaderUri, int position) {

    public ConceptData {
        labels = Map.copyOf(labels);
    }
}
