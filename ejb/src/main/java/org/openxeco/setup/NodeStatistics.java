package org.openxeco.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.kernel.Roles;

/** Counts for the admin dashboard: records per type and status, and what awaits review. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NodeStatistics {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Row label (e.g. {@code ENTITY} or {@code EVENT}) to status to count, in a stable order. */
    public Map<String, Map<String, Long>> countsByTypeAndStatus() {
        Roles.requireAdmin(context);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select o.status, count(o) from Organisation o"
                + " group by o.status order by o.status", Object[].class).getResultList()) {
            counts.computeIfAbsent("ENTITY", k -> new LinkedHashMap<>())
                    .put(row[0].toString(), (Long) row[1]);
        }
        for (Object[] row : em.createQuery("select a.type, a.status, count(a) from Article a"
                + " group by a.type, a.status order by a.type, a.status", Object[].class)
                .getResultList()) {
            counts.computeIfAbsent(row[0].toString(), k -> new LinkedHashMap<>())
                    .put(row[1].toString(), (Long) row[2]);
        }
        counts.put("TAXONOMY", Map.of("ALL", em.createQuery(
                "select count(s) from TaxonomyScheme s", Long.class).getSingleResult()));
        counts.put("ACCOUNT", Map.of("ALL", em.createQuery(
                "select count(a) from Account a", Long.class).getSingleResult()));
        return counts;
    }

    /** The articles waiting for review, oldest change first. */
    public List<Article> pendingReview(int max) {
        Roles.requireAdmin(context);
        return em.createQuery("select a from Article a where a.status = :status"
                + " order by a.updated", Article.class)
                .setParameter("status", ArticleStatus.UNDER_REVIEW).setMaxResults(max)
                .getResultList();
    }
}
