package org.openxeco.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.NotFoundException;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Entities per value of a taxonomy scheme and per country of their addresses. The database
 * groups and counts; only the largest groups and three totals come back.
 */
final class Distributions {

    private static final String TAGGED = " from Organisation o join o.tags v"
            + " where v.scheme = :scheme";
    private static final String PLACED = " from Organisation o join o.addresses a";

    private final EntityManager em;

    Distributions(EntityManager em) {
        this.em = em;
    }

    /**
     * The values of the scheme holding the most entities (an entity tagged twice in the
     * scheme counts once per value), labelled in the given language; the entities holding
     * a value outside those; and the entities holding no value of the scheme.
     */
    Distribution perValue(String schemeUuid, int top, String lang) {
        TaxonomyScheme scheme = em.createQuery("select s from TaxonomyScheme s"
                + " where s.uuid = :uuid", TaxonomyScheme.class).setParameter("uuid", schemeUuid)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Taxonomy", schemeUuid));
        List<Object[]> rows = em.createQuery("select v.uuid, count(distinct o.id) as n"
                + TAGGED + " group by v.uuid order by n desc, v.uuid", Object[].class)
                .setParameter("scheme", scheme).setMaxResults(top).getResultList();
        List<String> keys = rows.stream().map(row -> (String) row[0]).toList();
        Map<String, String> labels = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select v from TaxonomyValue v where v.uuid in :keys",
                    TaxonomyValue.class).setParameter("keys", keys).getResultList()
                    .forEach(v -> labels.put(v.getUuid().toString(),
                            ShownLabels.value(v, Locale.forLanguageTag(lang))));
        }
        List<Share> shares = new ArrayList<>();
        for (Object[] row : rows) {
            shares.add(new Share((String) row[0], labels.get((String) row[0]), count(row[1])));
        }
        long other = keys.isEmpty() ? 0 : em.createQuery("select count(distinct o.id)" + TAGGED
                + " and v.uuid not in :keys", Long.class).setParameter("scheme", scheme)
                .setParameter("keys", keys).getSingleResult();
        long tagged = em.createQuery("select count(distinct o.id)" + TAGGED, Long.class)
                .setParameter("scheme", scheme).getSingleResult();
        return new Distribution(shares, other, entities() - tagged);
    }

    /**
     * The countries (ISO codes, labelled with the code) where the most entities have an
     * address, an entity counting once per country; the entities with an address in another
     * country; and the entities without any address.
     */
    Distribution perCountry(int top) {
        List<Object[]> rows = em.createQuery("select a.countryCode, count(distinct o.id) as n"
                + PLACED + " group by a.countryCode order by n desc, a.countryCode",
                Object[].class).setMaxResults(top).getResultList();
        List<String> keys = rows.stream().map(row -> (String) row[0]).toList();
        List<Share> shares = rows.stream()
                .map(row -> new Share((String) row[0], (String) row[0], count(row[1]))).toList();
        long other = keys.isEmpty() ? 0 : em.createQuery("select count(distinct o.id)" + PLACED
                + " where a.countryCode not in :keys", Long.class).setParameter("keys", keys)
                .getSingleResult();
        long placed = em.createQuery("select count(distinct o.id)" + PLACED, Long.class)
                .getSingleResult();
        return new Distribution(shares, other, entities() - placed);
    }

    private long entities() {
        return em.createQuery("select count(o) from Organisation o", Long.class)
                .getSingleResult();
    }

    private static long count(Object cell) {
        return ((Number) cell).longValue();
    }
}
