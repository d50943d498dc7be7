package org.openxeco.taxonomy.skos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;
import org.openxeco.taxonomy.ConceptData;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Checks the tree the concepts of a file make and lists them parents first: a broader
 * concept must be in the file or a value of the scheme already, a concept may not be its own
 * broader concept through others, and no concept may lie deeper than a tree reaches.
 */
final class SkosTree {

    private SkosTree() {
    }

    /**
     * The concepts parents first, each with its position among its siblings in the file,
     * or an empty list with the problems added.
     */
    static List<ConceptData> order(List<SkosDocument.Concept> concepts,
            Predicate<String> inScheme, List<FieldError> problems) {
        Map<String, SkosDocument.Concept> byUri = new LinkedHashMap<>();
        concepts.forEach(c -> byUri.put(c.uri(), c));
        int before = problems.size();
        for (SkosDocument.Concept concept : concepts) {
            String broader = concept.broaderUri();
            if (broader != null && !byUri.containsKey(broader) && !inScheme.test(broader)) {
                problems.add(Problems.field("concepts[" + concept.uri() + "].broader",
                        "skos.broader.unknown", broader));
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        for (SkosDocument.Concept concept : concepts) {
            depth(concept, byUri, depth, problems);
        }
        if (problems.size() > before) {
            return List.of();
        }

        List<SkosDocument.Concept> sorted = new ArrayList<>(concepts);
        sorted.sort((a, b) -> Integer.compare(depth.get(a.uri()), depth.get(b.uri())));
        Map<String, Integer> positions = new HashMap<>();
        List<ConceptData> ordered = new ArrayList<>();
        for (SkosDocument.Concept concept : sorted) {
            String parentKey = String.valueOf(concept.broaderUri());
            int position = positions.merge(parentKey, 1, Integer::sum) - 1;
            ordered.add(new ConceptData(concept.uri(), concept.code(), concept.labels(),
                    concept.broaderUri(), position));
        }
        return ordered;
    }

    /** The depth of a concept in the file (1 for a top concept), -1 in a cycle. */
    private static int depth(SkosDocument.Concept concept, Map<String, SkosDocument.Concept> byUri,
            Map<String, Integer> known, List<FieldError> problems) {
        Set<String> path = new LinkedHashSet<>();
        SkosDocument.Concept at = concept;
        while (at != null && !known.containsKey(at.uri())) {
            if (!path.add(at.uri())) {
                problems.add(Problems.field("concepts[" + concept.uri() + "].broader",
                        "skos.broader.cycle", cycle(path, at.uri())));
                path.forEach(uri -> known.put(uri, -1));
                return -1;
            }
            at = at.broaderUri() == null ? null : byUri.get(at.broaderUri());
        }
        int base = at == null ? 0 : known.get(at.uri());
        List<String> down = new ArrayList<>(path);
        for (int i = down.size() - 1; i >= 0; i--) {
            base = base < 0 ? -1 : base + 1;
            known.put(down.get(i), base);
            if (base > TaxonomyValue.MAX_DEPTH) {
                problems.add(Problems.field("concepts[" + down.get(i) + "].broader",
                        "skos.concept.depth", TaxonomyValue.MAX_DEPTH));
                base = -1;
            }
        }
        return known.get(concept.uri());
    }

    private static String cycle(Set<String> path, String start) {
        List<String> loop = new ArrayList<>();
        boolean in = false;
        for (String uri : path) {
            in = in || uri.equals(start);
            if (in) {
                loop.add(uri);
            }
        }
        loop.add(start);
        return String.join(" -> ", loop);
    }
}
