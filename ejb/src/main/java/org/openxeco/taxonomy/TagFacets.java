package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.ObjectType;

/**
 * Counts, in the database, how many matches of a filtered list each taxonomy value would
 * leave: per scheme that may tag the listed objects, the values one level below the value
 * chosen in that scheme (or its top level), each counted with its whole subtree.
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
        List<TaxonomyScheme> schemes = em.createQuery("select s from TaxonomyScheme s"
                + " join s.targets t where t = :type order by s.code", TaxonomyScheme.class)
                .setParameter("type", type).getResultList();
        List<Facet> facets = new ArrayList<>();
        for (TaxonomyScheme scheme : schemes) {
            TaxonomyValue selected = chosen.stream()
                    .filter(v -> v.getScheme().getUuid().equals(scheme.getUuid()))
                    .reduce((a, b) -> b).orElse(null);
            List<Option> options = matches == 0 ? List.of()
                    : options(list, links, scheme, selected, lang);
            if (!options.isEmpty() || selected != null) {
                facets.add(new Facet(scheme, trail(selected), options));
            }
        }
        return facets;
    }

    private List<Option> options(QueryBuilder list, String links, TaxonomyScheme scheme,
            TaxonomyValue selected, String lang) {
        int depth = selected == null ? 1 : selected.getDepth() + 1;
        // Paths are "/uuid/uuid/.../": the ancestor at a depth sits at a fixed position.
        int start = 2 + (depth - 1) * (UUID_LENGTH + 1);
        String ancestor = "substring(fv.path, " + start + ", " + UUID_LENGTH + ")";
        // Counted on the link table, the listed objects only in a subquery: joining them
        // leads H2 to a plan that reads every object once per value. Grouped by a plain
        // column, as PostgreSQL refuses to group by an expression with bound arguments.
        // Only the most frequent values are counted out and loaded, ties by identifier.
        List<Object[]> rows = list.query(em, "select ft.uuid, count(distinct fr.ownerId) as n"
                + " from " + links + " fr, TaxonomyValue fv, TaxonomyValue ft"
                + " where fr.valueId = fv.id"
                + " and fv.scheme = :facetScheme and fv.depth >= " + depth
                + " and fv.path like :facetPrefix and ft.uuid = " + ancestor
                + " and fr.ownerId in (select " + list.alias() + ".id from " + list.from()
                + " where " + list.all() + ") group by ft.uuid order by n desc, ft.uuid",
                Object[].class)
                .setParameter("facetScheme", scheme)
                .setParameter("facetPrefix", selected == null ? "/%" : selected.getPath() + "%")
                .setMaxResults(MAX_OPTIONS).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }

        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        List<TaxonomyValue> values = QueryBuilder.readTogether(em.createQuery(
                "select v from TaxonomyValue v where v.uuid in :uuids", TaxonomyValue.class),
                "v", "labels").setParameter("uuids", List.copyOf(counts.keySet()))
                .getResultList();
        return values.stream()
                .map(v -> new Option(v, counts.get(v.getUuid().toString())))
                .sorted(Comparator.comparingLong(Option::count).reversed()
                        .thenComparing(o -> o.value().label(lang)))
                .toList();
    }

    private static List<TaxonomyValue> trail(TaxonomyValue selected) {
        LinkedList<TaxonomyValue> trail = new LinkedList<>();
        for (TaxonomyValue v = selected; v != null; v = v.getParent().orElse(null)) {
            trail.addFirst(v);
        }
        return List.copyOf(trail);
    }
}
