package org.openxeco.network.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditFields;
import org.openxeco.audit.AuditTrail;
import org.openxeco.audit.Audited;
import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.ImportableObject;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.peers.Peer;

/**
 * Changes to copies that an admin decides: resolving a conflict, detaching a copy so it
 * becomes a local object, and, when a peer is removed, detaching or deleting all its copies
 * (and linking detached copies again when the peer comes back). The caller checks the role.
 */
@Stateless
public class Copies {

    /** How an admin resolves a conflicting field. */
    public enum Resolution {
        KEEP_LOCAL, TAKE_REMOTE
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    AuditTrail audit;

    @Inject
    CopyDeletion deletion;

    Clock clock = Clock.systemUTC();

    public Optional<ImportedCopy> find(UUID object) {
        return Optional.ofNullable(em.find(ImportedCopy.class, object.toString()));
    }

    public ImportedCopy get(UUID object) {
        return find(object).orElseThrow(() -> new NotFoundException("Imported object", object));
    }

    public List<SyncConflict> conflicts(UUID object) {
        return em.createQuery("select c from SyncConflict c where c.objectUuid = :o"
                + " order by c.field", SyncConflict.class).setParameter("o", object.toString())
                .getResultList();
    }

    /**
     * Resolves a conflicting field. Keeping the local value makes the origin's current value
     * the base, so only a later change at the origin raises the field again; taking the
     * remote value makes the local value the base, so the refresh that follows takes it.
     * Returns whether a refresh from the peer must follow; the decision commits first, so
     * that the refresh sees it.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean resolve(UUID object, String field, Resolution resolution, String actor) {
        changes.lockWrites();
        ImportedCopy copy = get(object);
        SyncConflict conflict = conflicts(object).stream().filter(c -> c.getField().equals(field))
                .findFirst().orElseThrow(() -> new ConflictException("no-conflict",
                        "The field " + field + " of " + object + " is not in conflict"));
        Map<String, String> base = copy.base();
        if ("logo".equals(field)) {
            copy.logo(resolution == Resolution.TAKE_REMOTE ? conflict.getRemoteValue()
                    : copy.getLogoSource().orElse(null), resolution == Resolution.TAKE_REMOTE
                    ? null : copy.logoHash());
        } else {
            base.put(field, FieldBase.fingerprint(resolution == Resolution.KEEP_LOCAL
                    ? conflict.getRemoteValue() : conflict.getLocalValue()));
            copy.base(base);
        }
        em.remove(conflict);
        copy.conflict(!conflicts(object).isEmpty());
        audit.recorded(decision(copy, conflict, resolution, actor), true);
        return resolution == Resolution.TAKE_REMOTE && !"logo".equals(field);
    }

    /** Makes a copy a local object: it no longer follows its origin nor is it offered as one. */
    public void detach(UUID object) {
        changes.lockWrites();
        ImportedCopy copy = get(object);
        if (copy.getPeer().isEmpty() && copy.getDetachedFrom().isEmpty()
                && local(copy).map(o -> o.getOriginUri().isEmpty()).orElse(true)) {
            return;
        }
        local(copy).ifPresent(o -> {
            changes.track(o);
            o.setOriginUri(null);
            changes.record(o);
        });
        em.createQuery("delete from SyncConflict c where c.objectUuid = :o")
                .setParameter("o", object.toString()).executeUpdate();
        copy.conflict(false);
        copy.detach(now());
    }

    /**
     * Before a peer is removed with its copies kept: they stay as detached copies, linked
     * again if the peer is added again. One statement, however many copies there are.
     */
    public int detachAll(Peer peer) {
        return em.createQuery("update ImportedCopy c set c.peer = null, c.detachedAt = :now,"
                + " c.detachedFrom = :from where c.peer = :peer").setParameter("now", now())
                .setParameter("from", peer.getBaseUrl()).setParameter("peer", peer)
                .executeUpdate();
    }

    /**
     * Deletes up to {@code max} of the peer's copies of the given types with every reference
     * to them, in the caller's transaction; answers how many, 0 when none are left.
     */
    public int deleteSome(Peer peer, List<ObjectType> types, int max) {
        changes.lockWrites();
        List<ImportedCopy> some = em.createQuery("select c from ImportedCopy c"
                + " where c.peer = :peer and c.objectType in :types", ImportedCopy.class)
                .setParameter("peer", peer).setParameter("types", types).setMaxResults(max)
                .getResultList();
        return deletion.delete(some);
    }

    /**
     * Links the copies detached when the peer was removed to the same peer added again:
     * entities, articles and taxonomies alike, never one an admin detached by hand. (Entity
     * and article copies detached before the peer was recorded are found by their origin.)
     */
    public int relink(Peer peer) {
        // Most runs find nothing detached: a look at the index answers that without a scan.
        if (em.createQuery("select count(c) from ImportedCopy c where c.peer is null",
                Long.class).getSingleResult() == 0) {
            return 0;
        }
        int linked = em.createQuery("update ImportedCopy c set c.peer = :peer,"
                + " c.detachedAt = null, c.detachedFrom = null where c.peer is null"
                + " and c.detachedFrom = :from").setParameter("peer", peer)
                .setParameter("from", peer.getBaseUrl()).executeUpdate();
        String prefix = peer.getBaseUrl().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "/%";
        for (String type : List.of("Organisation", "Article")) {
            linked += em.createQuery("update ImportedCopy c set c.peer = :peer,"
                    + " c.detachedAt = null where c.peer is null and c.detachedFrom is null"
                    + " and c.originUri like :prefix escape '\\' and exists (select"
                    + " x.originUri from " + type + " x where x.uuid = c.objectUuid"
                    + " and x.originUri is not null)")
                    .setParameter("peer", peer).setParameter("prefix", prefix).executeUpdate();
        }
        return linked;
    }

    Optional<ImportableObject> local(ImportedCopy copy) {
        Class<? extends ImportableObject> type = switch (copy.getObjectType()) {
            case ENTITY -> Organisation.class;
            case TAXONOMY, TAXONOMY_VALUE -> null;
            default -> Article.class;
        };
        if (type == null) {
            return Optional.empty();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.uuid = :u",
                ImportableObject.class).setParameter("u", copy.getObjectUuid().toString())
                .getResultStream().findFirst();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Audited decision(ImportedCopy copy, SyncConflict conflict,
            Resolution resolution, String actor) {
        return new Audited() {
            @Override
            public String auditType() {
                return "SYNC_CONFLICT";
            }

            @Override
            public UUID getUuid() {
                return copy.getObjectUuid();
            }

            @Override
            public String auditLabel() {
                return conflict.getField() + " of " + copy.getOriginUri();
            }

            @Override
            public Map<String, String> auditFields() {
                return AuditFields.start().put("field", conflict.getField())
                        .put("decision", resolution.name()).put("by", actor)
                        .put("local", conflict.getLocalValue())
                        .put("remote", conflict.getRemoteValue()).build();
            }
        };
    }
}
