package org.openxeco.audit;

import java.util.ArrayList;
import java.util.HashMap;
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
import jakarta.persistence.TypedQuery;

import org.openxeco.kernel.Roles;

/** Reads the audit trail for administrators, newest first. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {

    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * A page of entries matching the query, newest first, with their field changes (loaded in
     * a transaction of their own: outside one, the entries are detached once read).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AuditEntry> list(AuditQuery query, int first, int max) {
        Roles.requireAdmin(context);
        List<AuditEntry> entries = bind(em.createQuery("select e from AuditEntry e"
                + where(query) + " order by e.at desc, e.id desc", AuditEntry.class), query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
        entries.forEach(e -> e.getChanges().size());
        return entries;
    }

    /** How many entries match the query. */
    public long count(AuditQuery query) {
        Roles.requireAdmin(context);
        return bind(em.createQuery("select count(e) from AuditEntry e" + where(query),
                Long.class), query).getSingleResult();
    }

    /** The actors that appear in the trail, for a filter list. */
    public List<String> actors() {
        Roles.requireAdmin(context);
        return em.createQuery("select distinct e.actor from AuditEntry e order by e.actor",
                String.class).setMaxResults(500).getResultList();
    }

    private static String where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.objectUuid() != null) {
            conditions.add("e.objectUuid = :uuid");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("e.actor = :actor");
        }
        if (query.objectType() != null && !query.objectType().isBlank()) {
            conditions.add("e.objectType = :type");
        }
        if (query.from() != null) {
            conditions.add("e.at >= :from");
        }
        if (query.to() != null) {
            conditions.add("e.at < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, AuditQuery query) {
        Map<String, Object> values = new HashMap<>();
        if (query.objectUuid() != null) {
            values.put("uuid", query.objectUuid().toString());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            values.put("actor", query.actor());
        }
        if (query.objectType() != null && !query.objectType().isBlank()) {
            values.put("type", query.objectType());
        }
        if (query.from() != null) {
            values.put("from", query.from());
        }
        if (query.to() != null) {
            values.put("to", query.to());
        }
        values.forEach(typed::setParameter);
        return typed;
    }
}
