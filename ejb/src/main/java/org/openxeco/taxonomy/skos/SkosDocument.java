package org.openxeco.taxonomy.skos;

import java.util.List;
import java.util.Map;

/**
 * A concept scheme as read from a SKOS file: its URI, the code it asks for (its notation or
 * the end of its URI), labels per language, description, source, licence and its concepts.
 */
record SkosDocument(String uri, String code, Map<String, String> labels, String description,
        String source, String licence, List<Concept> concepts) {

    /**
     * A concept: URI, code (notation or the end of its URI), labels per language, the URI of
     * its broader concept (null for a top concept) and the URIs of its exact matches.
     */
    record Concept(String uri, String code, Map<String, String> labels, String broaderUri,
            List<String> exactMatches) {
    }
}
