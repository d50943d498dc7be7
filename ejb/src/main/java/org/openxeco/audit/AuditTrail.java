package org.openxeco.audit;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.openxeco.kernel.SystemTask;

/**
 * Writes audit entries in the transaction of the change. A writer shows the trail an object
 * before changing it ({@link #before}); when the change is recorded the trail keeps the
 * fields whose display value differs. The actor is the caller of the service, or
 * {@code node} for work the node does itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    /** The actor of changes made by the node itself (first load, bundled taxonomies). */
    public static final String NODE_ACTOR = "node";

    private static final String BASELINES = AuditTrail.class.getName() + ".baselines";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Remembers the object's current state as the "old" side of its next recorded change. */
    public void before(Audited object) {
        writes().before(object);
    }

    /** Records a new object with all its non-empty fields, or the fields that changed. */
    public void recorded(Audited object, boolean created) {
        writes().recorded(object, created);
    }

    /**
     * The trail of the caller's transaction for a writer of many objects: who writes, on
     * which channel and the baselines are looked up once, and each object then costs a plain
     * call instead of a call through the container.
     */
    public Writes writes() {
        return new Writes(em, baselines(), actor(), channel());
    }

    /** {@link #before} and {@link #recorded} within one transaction, by one actor. */
    public static final class Writes {

        private final EntityManager em;
        private final Map<String, Map<String, String>> baselines;
        private final String actor;
        private final String channel;

        private Writes(EntityManager em, Map<String, Map<String, String>> baselines,
                String actor, String channel) {
            this.em = em;
            this.baselines = baselines;
            this.actor = actor;
            this.channel = channel;
        }

        /** {@link AuditTrail#before}. */
        public void before(Audited object) {
            baselines.putIfAbsent(key(object), object.auditFields());
        }

        /** {@link AuditTrail#recorded}. */
        public void recorded(Audited object, boolean created) {
            Map<String, String> now = object.auditFields();
            Map<String, String> before = baselines.put(key(object), now);
            if (created) {
                write(AuditAction.CREATE, object, diff(Map.of(), now));
            } else if (before != null) {
                List<FieldChange> changes = diff(before, now);
                if (!changes.isEmpty()) {
                    write(AuditAction.UPDATE, object, changes);
                }
            }
        }

        private void write(AuditAction action, Audited object, List<FieldChange> changes) {
            em.persist(new AuditEntry(Instant.now().truncatedTo(ChronoUnit.MICROS), actor,
                    channel, action, object, changes));
        }
    }

    /** Records the deletion of an object with the values it had. */
    public void deleted(Audited object) {
        Writes writes = writes();
        Map<String, String> before = writes.baselines.remove(key(object));
        writes.write(AuditAction.DELETE, object,
                diff(before == null ? object.auditFields() : before, Map.of()));
    }

    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String actor() {
        if (SystemTask.isActive()) {
            return NODE_ACTOR;
        }
        // No session context: a test calling the bean directly, as nobody signed in.
        Principal caller = context == null ? null : context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || "UNAUTHENTICATED".equals(name) ? "anonymous" : name;
    }

    private static String channel() {
        String channel = AuditChannel.current();
        return SystemTask.isActive() && AuditChannel.DIRECT.equals(channel)
                ? AuditChannel.NODE : channel;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> baselines() {
        Map<String, Map<String, String>> map =
                (Map<String, Map<String, String>>) transaction.getResource(BASELINES);
        if (map == null) {
            map = new HashMap<>();
            transaction.putResource(BASELINES, map);
        }
        return map;
    }

    private static String key(Audited object) {
        return object.auditType() + ":" + object.getUuid();
    }
}
