package org.openxeco.network.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.ConceptData;

/**
 * A peer's concept scheme as read from its SKOS: URI, the code it asks for, labels,
 * description, source, licence, the object types it tags (empty if the peer did not say),
 * whether several values may be chosen, and its concepts, parents first.
 */
record SkosScheme(String uri, String code, Map<String, String> labels, String description,
        String source, String licence, Set<ObjectType> targets, boolean multipleChoice,
        List<ConceptData> concepts) {
}
