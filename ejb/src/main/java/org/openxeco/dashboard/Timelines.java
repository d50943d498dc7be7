package org.openxeco.dashboard;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.openxeco.audit.AuditTrail;
import org.openxeco.content.ArticleType;

/**
 * Counts per month or week, one query per series whatever the number of periods: articles
 * added per type, and what members did (accounts opened, sign-ins, requests and proposed
 * changes sent, changes people made).
 */
final class Timelines {

    /** Series names of member activity. */
    static final String ACCOUNTS = "accounts";
    static final String SIGN_INS = "signIns";
    static final String REQUESTS = "requests";
    static final String CHANGES = "changes";

    private final EntityManager em;

    Timelines(EntityManager em) {
        this.em = em;
    }

    /** Articles added per month, one series per article type (named as the type). */
    Timeline articles(Buckets months) {
        Map<ArticleType, long[]> counts = new EnumMap<>(ArticleType.class);
        for (ArticleType type : ArticleType.values()) {
            counts.put(type, new long[months.size()]);
        }
        for (Object[] row : months.bind(em.createQuery("select a.type, "
                + months.sums("a.created") + " from Article a where "
                + months.within("a.created") + " group by a.type", Object[].class))
                .getResultList()) {
            counts.put((ArticleType) row[0], months.counts(row, 1));
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        counts.forEach((type, values) -> series.put(type.name(), Timeline.list(values)));
        return new Timeline(months.starts(), series);
    }

    /**
     * Member activity per week: accounts opened, accounts whose latest sign-in falls in the
     * week (the node keeps only the latest), requests and entity changes members sent, and
     * changes people (not the node itself) made to the node's records.
     */
    Timeline members(Buckets weeks) {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(ACCOUNTS, Timeline.list(count(weeks, "Account", "created", "")));
        series.put(SIGN_INS, Timeline.list(count(weeks, "Account", "lastSignIn", "")));
        long[] requests = count(weeks, "MemberRequest", "created", "");
        long[] changes = count(weeks, "EntityChange", "created", "");
        for (int i = 0; i < requests.length; i++) {
            requests[i] += changes[i];
        }
        series.put(REQUESTS, Timeline.list(requests));
        series.put(CHANGES, Timeline.list(count(weeks, "AuditEntry", "at",
                " and x.actor <> '" + AuditTrail.NODE_ACTOR + "'")));
        return new Timeline(weeks.starts(), series);
    }

    private long[] count(Buckets buckets, String entity, String attribute, String condition) {
        String path = "x." + attribute;
        Object result = buckets.bind(em.createQuery("select " + buckets.sums(path) + " from "
                + entity + " x where " + buckets.within(path) + condition))
                .getSingleResult();
        Object[] row = buckets.size() == 1 ? new Object[] {result} : (Object[]) result;
        return buckets.counts(row, 0);
    }
}
