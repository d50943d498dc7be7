package org.openxeco.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of a filtered list over one JPA entity, shared by its page query, its
 * count and the aggregate queries that count facet values over the same matches.
 */
public final class Conditions {

    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Conditions(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds a condition; parameters are given as name, value pairs. */
    public Conditions where(String condition, Object... nameValuePairs) {
        conditions.add(condition);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return this;
    }

    public String entity() {
        return entity;
    }

    public String alias() {
        return alias;
    }

    /** {@code Entity alias}, for a from clause. */
    public String from() {
        return entity + " " + alias;
    }

    /** The conditions joined by {@code and}; {@code 1 = 1} when there are none. */
    public String all() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** Creates a query whose text uses {@link #all()} and binds this list's parameters. */
    public <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The number of matches. */
    public long count(EntityManager em) {
        return query(em, "select count(" + alias + ") from " + from() + " where " + all(),
                Long.class).getSingleResult();
    }

    /** The matches from position {@code first} on, at most {@code max}, in the given order. */
    public <T> List<T> page(EntityManager em, Class<T> type, String orderBy, int first,
            int max) {
        PageRequest.checkOffset(first, max);
        return query(em, "select " + alias + " from " + from() + " where " + all()
                + " order by " + orderBy, type).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.read-only", true).getResultList();
    }
}
