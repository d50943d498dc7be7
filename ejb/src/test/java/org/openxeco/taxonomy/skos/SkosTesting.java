package org.openxeco.taxonomy.skos;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** Helpers for the SKOS tests: schemes and values on a node, and what a scheme holds. */
final class SkosTesting {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * What a value is, compared across nodes: labels per language, the parent's code and the
     * exact matches.
     */
    record Row(Map<String, String> labels, String parent, List<String> exactMatches) {
    }

    private SkosTesting() {
    }

    static TaxonomyScheme scheme(Services node) {
        return node.asAdmin(() -> node.taxonomies.createScheme(Fixtures.scheme(
                "skos" + COUNTER.incrementAndGet(), ObjectType.ENTITY)));
    }

    static TaxonomyValue value(Services node, TaxonomyScheme scheme, String code,
            TaxonomyValue parent, Map<String, String> labels) {
        TaxonomyValue data = new TaxonomyValue(scheme, code);
        data.setLabels(labels);
        return node.asAdmin(() -> node.taxonomies.createValue(scheme.getUuid(), data,
                parent == null ? null : parent.getUuid()));
    }

    /** The values of a scheme by code. */
    static Map<String, Row> snapshot(Services node, UUID scheme) {
        Map<String, List<String>> matches = new HashMap<>();
        node.asVisitor(() -> node.entityManager().createQuery("select m.value.code,"
                + " m.conceptUri from ConceptMatch m where m.value.scheme.uuid = :s",
                Object[].class).setParameter("s", scheme.toString()).getResultList())
                .forEach(r -> matches.computeIfAbsent((String) r[0],
                        k -> new java.util.ArrayList<>()).add((String) r[1]));
        Map<String, Row> rows = new TreeMap<>();
        for (TaxonomyValue v : node.asVisitor(() -> node.taxonomies.values(scheme))) {
            rows.put(v.getCode(), new Row(new TreeMap<>(v.getLabels()),
                    v.getParent().map(TaxonomyValue::getCode).orElse(null),
                    List.copyOf(new TreeSet<>(matches.getOrDefault(v.getCode(), List.of())))));
        }
        return rows;
    }

    /** Every scheme and value of the node with its version: any change shows. */
    static Map<String, Long> versions(Services node) {
        Map<String, Long> versions = new TreeMap<>();
        node.asVisitor(() -> node.taxonomies.schemes()).forEach(s -> {
            versions.put(s.getCode(), s.getVersion());
            node.asVisitor(() -> node.taxonomies.values(s.getUuid())).forEach(v ->
                    versions.put(s.getCode() + "/" + v.getCode() + "/" + v.getLabels(),
                            v.getVersion()));
        });
        versions.put("#matches", node.asVisitor(() -> node.entityManager().createQuery(
                "select count(m) from ConceptMatch m", Long.class).getSingleResult()));
        return versions;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
