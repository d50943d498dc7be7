package org.openxeco.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Collects the conditions and parameters of a filtered list so that the page query, the
 * count query and any aggregate query over the same matches share them exactly.
 */
public final class QueryBuilder {

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String BATCH_SIZE = "eclipselink.batch.size";
    private static final String READ_ONLY = "eclipselink.read-only";

    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> loadedTogether = new ArrayList<>();

    public QueryBuilder(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds a condition; parameters are given as name, value pairs. */
    public QueryBuilder where(String condition, Object... nameValuePairs) {
        conditions.add(condition);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return this;
    }

    /**
     * Names relations of the listed objects to load for the whole page in one query each,
     * rather than one query per object. A provider that does not know the hint ignores it.
     */
    public QueryBuilder loadTogether(String... paths) {
        loadedTogether.addAll(List.of(paths));
        return this;
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

    /** Creates a query whose text uses {@link #all()} and binds the conditions' parameters. */
    public <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The matches from position {@code first} on, at most {@code max}, in the given order,
     * read only and with the relations named by {@link #loadTogether} loaded for them all.
     */
    public <T> List<T> slice(EntityManager em, Class<T> type, String orderBy, int first,
            int max) {
        PageRequest.checkOffset(first, max);
        TypedQuery<T> query = query(em, "select " + alias + " from " + from() + " where "
                + all() + " order by " + orderBy, type);
        return readTogether(query, alias, loadedTogether.toArray(String[]::new))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The number of rows matching the conditions. */
    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(" + alias + ") from " + entity
                + " " + alias + whereClause(conditions), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A query for one page: the conditions plus the keyset condition, sorted. */
    public <T> TypedQuery<T> page(EntityManager em, Class<T> type, String keyset,
            Map<String, Object> keysetParameters, String orderBy, int size) {
        List<String> all = new ArrayList<>(conditions);
        if (keyset != null) {
            all.add(keyset);
        }
        TypedQuery<T> query = em.createQuery("select " + alias + " from " + entity + " "
                + alias + whereClause(all) + " order by " + orderBy, type);
        parameters.forEach(query::setParameter);
        keysetParameters.forEach(query::setParameter);
        // Pages are read, never changed: the provider may skip copying them for change checks.
        query.setHint(READ_ONLY, true);
        if (!loadedTogether.isEmpty()) {
            query.setHint(BATCH_TYPE, "IN");
            query.setHint(BATCH_SIZE, InLists.SIZE);
            loadedTogether.forEach(path -> query.setHint(BATCH, alias + "." + path));
        }
        return query.setMaxResults(size);
    }

    /**
     * Marks a query's results as read only and has the named relations of its alias loaded
     * for all results at once; a provider that does not know the hints ignores them.
     */
    public static <T> TypedQuery<T> readTogether(TypedQuery<T> query, String alias,
            String... paths) {
        query.setHint(READ_ONLY, true);
        return loadTogether(query, alias, paths);
    }

    /**
     * Has the named relations of a query's results loaded for all results at once, for
     * results that are then changed; a provider that does not know the hint ignores it.
     */
    public static <T> TypedQuery<T> loadTogether(TypedQuery<T> query, String alias,
            String... paths) {
        if (paths.length > 0) {
            query.setHint(BATCH_TYPE, "IN");
            query.setHint(BATCH_SIZE, InLists.SIZE);
            for (String path : paths) {
                query.setHint(BATCH, alias + "." + path);
            }
        }
        return query;
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
