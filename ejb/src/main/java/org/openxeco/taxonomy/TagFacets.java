package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.ObjectType;

/**
 * Counts how many matches of a filtered list each taxonomy value would leave: per scheme
 * that may tag the listed objects, the values one level below the value chosen in that
 * scheme (or its top level), each counted with its whole subtree. The database hands out
 * the matches' links to values (two numbers a link); the roll-up happens here.
 */
public final class TagFacets {

    /** A value and how many matches carry it or a value below it. */
    public record Option(TaxonomyValue value, long count) {
    }

    /** One scheme: the chosen value with its ancestors (if any), and the next level's counts. */
    public record Facet(TaxonomyScheme scheme, List<TaxonomyValue> trail, List<Option> options) {

        public TaxonomyValue selected() {
            return trail.isEmpty() ? null : trail.get(trail.size() - 1);
        }
    }

    private static final int UUID_LENGTH = 36;
    private static final int MAX_OPTIONS = 25;

    private final EntityManager em;

    public TagFacets(EntityManager em) {
        this.em = em;
    }

    /**
     * The facets of every scheme that may tag the given type, counted over the list's
     * matches, of which there are {@code matches}. {@code links} names the entity mapping
     * the table that links the listed objects ({@code ownerId}) to values
     * ({@code valueId}); {@code chosen} holds the values the list is restricted to.
     */
    public List<Facet> count(QueryBuilder list, long matches, String links, ObjectType type,
            List<TaxonomyValue> chosen, String lang) {
        List<TaxonomyScheme> schemes = QueryBuilder.readTogether(em.createQuery(
                "select s from TaxonomyScheme s join s.targets t where t = :type"
                + " order by s.code", TaxonomyScheme.class), "s", "targets", "labels")
                .setParameter("type", type).getResultList();
        Map<TaxonomyScheme, TaxonomyValue> selected = new LinkedHashMap<>();
        for (TaxonomyScheme scheme : schemes) {
            selected.put(scheme, chosen.stream()
                    .filter(v -> v.getScheme().getUuid().equals(scheme.getUuid()))
                    .reduce((a, b) -> b).orElse(null));
        }
        Map<TaxonomyScheme, Map<String, Long>> counts = matches == 0 || schemes.isEmpty()
                ? Map.of() : counts(list, links, selected);
        Map<String, TaxonomyValue> shown = load(counts);

        List<Facet> facets = new ArrayList<>();
        selected.forEach((scheme, value) -> {
            List<Option> options = counts.getOrDefault(scheme, Map.of()).entrySet().stream()
                    .filter(e -> shown.containsKey(e.getKey()))
                    .map(e -> new Option(shown.get(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingLong(Option::count).reversed()
                            .thenComparing(o -> o.value().label(lang)))
                    .toList();
            if (!options.isEmpty() || value != null) {
                facets.add(new Facet(scheme, trail(value), options));
            }
        });
        return facets;
    }

    /**
     * Per scheme, the most frequent values one level below its chosen value (or at its top)
     * by UUID, each with the number of distinct matches tagged with it or a value below it.
     * The database only hands out the (match, value) links of the matches and the paths of
     * the schemes' values; a value's ancestor at a depth sits at a fixed position of its
     * path ("/uuid/uuid/.../"), so the roll-up is a substring. Counting with grouped joins
     * instead led H2 to plans that read every link once per value.
     */
    private Map<TaxonomyScheme, Map<String, Long>> counts(QueryBuilder list, String links,
            Map<TaxonomyScheme, TaxonomyValue> selected) {
        Map<Long, Object[]> values = new HashMap<>();
        em.createQuery("select v.id, v.scheme.uuid, v.path from TaxonomyValue v"
                + " where v.scheme in :schemes", Object[].class)
                .setParameter("schemes", List.copyOf(selected.keySet())).getResultList()
                .forEach(r -> values.put((Long) r[0], r));
        Map<String, Map<String, Set<Long>>> owners = new HashMap<>();
        for (Object[] link : list.query(em, "select fr.ownerId, fr.valueId from " + links
                + " fr where fr.ownerId in (select " + list.alias() + ".id from "
                + list.from() + " where " + list.all() + ")", Object[].class)
                .getResultList()) {
            Object[] value = values.get((Long) link[1]);
            if (value != null) {
                owners.computeIfAbsent((String) value[1], k -> new HashMap<>())
                        .computeIfAbsent((String) value[2], k -> new HashSet<>())
                        .add((Long) link[0]);
            }
        }

        Map<TaxonomyScheme, Map<String, Long>> result = new HashMap<>();
        selected.forEach((scheme, value) -> {
            String prefix = value == null ? "/" : value.getPath();
            int start = 1 + (value == null ? 0 : value.getDepth()) * (UUID_LENGTH + 1);
            Map<String, Set<Long>> below = new HashMap<>();
            owners.getOrDefault(scheme.getUuid().toString(), Map.of()).forEach((path, ids) -> {
                if (path.startsWith(prefix) && path.length() >= start + UUID_LENGTH) {
                    below.computeIfAbsent(path.substring(start, start + UUID_LENGTH),
                            k -> new HashSet<>()).addAll(ids);
                }
            });
            Map<String, Long> top = new LinkedHashMap<>();
            below.entrySet().stream().sorted(Comparator.comparingInt(
                    (Map.Entry<String, Set<Long>> e) -> e.getValue().size()).reversed()
                    .thenComparing(Map.Entry::getKey)).limit(MAX_OPTIONS)
                    .forEach(e -> top.put(e.getKey(), (long) e.getValue().size()));
            result.put(scheme, top);
        });
        return result;
    }

    /** The values counted, with their labels, by UUID. */
    private Map<String, TaxonomyValue> load(Map<TaxonomyScheme, Map<String, Long>> counts) {
        List<String> uuids = counts.values().stream().flatMap(c -> c.keySet().stream())
                .toList();
        if (uuids.isEmpty()) {
            return Map.of();
        }
        Map<String, TaxonomyValue> values = new HashMap<>();
        QueryBuilder.readTogether(em.createQuery("select v from TaxonomyValue v"
                + " where v.uuid in :uuids", TaxonomyValue.class), "v", "labels")
                .setParameter("uuids", uuids).getResultList()
                .forEach(v -> values.put(v.getUuid().toString(), v));
        return values;
    }

    private static List<TaxonomyValue> trail(TaxonomyValue selected) {
        LinkedList<TaxonomyValue> trail = new LinkedList<>();
        for (TaxonomyValue v = selected; v != null; v = v.getParent().orElse(null)) {
            trail.addFirst(v);
        }
        return List.copyOf(trail);
    }
}
