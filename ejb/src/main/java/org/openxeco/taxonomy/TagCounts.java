package org.openxeco.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.openxeco.kernel.Problems;

/**
 * Counts the objects that taxonomy values tag, entities and articles apart, in one query
 * per kind of object whatever the number of values.
 */
final class TagCounts {

    /** How many entities and how many articles something tags. */
    record Counts(long entities, long articles) {

        static final Counts NONE = new Counts(0, 0);

        long total() {
            return entities + articles;
        }

        Counts plus(Counts other) {
            return new Counts(entities + other.entities, articles + other.articles);
        }

        /** For messages: "2 entities and 1 article". */
        String describe() {
            return Problems.text("tags.counts", Problems.text(entities == 1 ? "tags.entity"
                    : "tags.entities", entities), Problems.text(articles == 1 ? "tags.article"
                    : "tags.articles", articles));
        }
    }

    private static final List<String> OBJECTS = List.of("Organisation", "Article");

    private final EntityManager em;

    TagCounts(EntityManager em) {
        this.em = em;
    }

    /** Per value of the scheme that tags anything: the objects it tags itself. */
    Map<UUID, Counts> direct(TaxonomyScheme scheme) {
        return count("select v.uuid, count(o) from %s o join o.tags v"
                + " where v.scheme = :scheme group by v.uuid", scheme, null);
    }

    /** Per value of a subtree (root included) that tags anything: the objects it tags. */
    Map<UUID, Counts> directInSubtree(TaxonomyValue root) {
        return count("select v.uuid, count(o) from %s o join o.tags v where v.scheme = :scheme"
                + " and v.path like :prefix group by v.uuid", root.getScheme(),
                root.getPath() + "%");
    }

    /**
     * Per value of the scheme: the distinct objects tagged by the value or any value below
     * it. An object tagged with a value and its parent counts once for the parent.
     */
    Map<UUID, Counts> subtrees(TaxonomyScheme scheme) {
        return count("select t.uuid, count(distinct o) from %s o join o.tags v,"
                + " TaxonomyValue t where t.scheme = :scheme and v.scheme = :scheme"
                + " and v.path like concat(t.path, '%%') group by t.uuid", scheme, null);
    }

    /** The objects one value tags itself. */
    Counts of(TaxonomyValue value) {
        long[] counts = new long[OBJECTS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = em.createQuery("select count(o) from " + OBJECTS.get(i)
                    + " o join o.tags v where v = :value", Long.class)
                    .setParameter("value", value).getSingleResult();
        }
        return new Counts(counts[0], counts[1]);
    }

    private Map<UUID, Counts> count(String template, TaxonomyScheme scheme, String prefix) {
        Map<UUID, Counts> result = new HashMap<>();
        for (int i = 0; i < OBJECTS.size(); i++) {
            TypedQuery<Object[]> query = em.createQuery(
                    String.format(template, OBJECTS.get(i)), Object[].class)
                    .setParameter("scheme", scheme);
            if (prefix != null) {
                query.setParameter("prefix", prefix);
            }
            for (Object[] row : query.getResultList()) {
                long n = ((Number) row[1]).longValue();
                Counts counts = i == 0 ? new Counts(n, 0) : new Counts(0, n);
                result.merge(UUID.fromString((String) row[0]), counts, Counts::plus);
            }
        }
        return result;
    }
}
