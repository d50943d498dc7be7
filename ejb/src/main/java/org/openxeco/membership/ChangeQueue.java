package org.openxeco.membership;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.RichText;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.MailKind;
import org.openxeco.media.MediaService;
import org.openxeco.notification.Notifications;

/**
 * The administrators' review of members' entity changes: each waiting change with its field
 * diff against the live record, approved (applied to the live record, audited) or declined.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ChangeQueue {

    private static final Logger LOG = Logger.getLogger(ChangeQueue.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Validator validator;

    @Inject
    MediaService media;

    @Inject
    Notifications notices;

    @Resource
    SessionContext context;

    /** The changes waiting for review, oldest first. */
    public List<EntityChange> pending() {
        Roles.requireAdmin(context);
        return Queues.pending(em, EntityChange.class);
    }

    /** How many changes wait for review. */
    public long countPending() {
        Roles.requireAdmin(context);
        return Queues.countPending(em, EntityChange.class);
    }

    /** The fields a waiting change would change on the live record now. */
    public List<EntityDiff.Field> diff(UUID uuid) {
        Roles.requireAdmin(context);
        EntityChange change = stored(uuid);
        EntityEdit shown = change.getConflicts().isEmpty() ? change.getMerged()
                : change.getEdit();
        return EntityDiff.of(change.getOrganisation(), shown);
    }

    /**
     * The fields of a waiting change that were also changed on the live entity since the
     * member edited it; such a change cannot be approved until the member saves it again.
     */
    public List<String> conflicts(UUID uuid) {
        Roles.requireAdmin(context);
        return stored(uuid).getConflicts();
    }

    /** Applies a waiting change to the live record, audited as the administrator's change. */
    public EntityChange approve(UUID uuid, long version, String message) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        EntityChange change = waiting(uuid, version);
        Organisation organisation = change.getOrganisation();
        Callers.requireAuthor(change.getAccount(), organisation);
        EntityEdit merged = change.getMerged().withDescription(
                RichText.sanitiseContributed(change.getMerged().description()));
        EntityDiff.check(validator, media, organisation, merged);

        changes.track(organisation);
        if (merged.logoHash() != null) {
            media.release(merged.logoHash());
        }
        merged.applyTo(organisation);
        changes.record(organisation);
        change.decide(RequestStatus.APPROVED, Queues.decision(context, message));
        em.flush();
        notices.tell(change.getAccount(), MailKind.CHANGE_APPROVED, organisation.getName(),
                Callers.message(message), "/my/index.xhtml");

        LOG.info(() -> "Approved change " + uuid + " of entity " + organisation.getUuid());
        return change;
    }

    /**
     * Declines a waiting change; the live record stays and the member keeps the values, but
     * a logo uploaded for it is discarded unless something else uses it.
     */
    public EntityChange reject(UUID uuid, long version, String message) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        EntityChange change = waiting(uuid, version);

        change.decide(RequestStatus.REJECTED, Queues.decision(context, message));
        em.flush();
        PendingLogos.discardUnused(em, media, change.getEdit().logoHash());
        notices.tell(change.getAccount(), MailKind.CHANGE_REJECTED,
                change.getOrganisation().getName(),
                Callers.message(message), "/my/index.xhtml");

        LOG.info(() -> "Declined change " + uuid);
        return change;
    }

    private EntityChange waiting(UUID uuid, long version) {
        return Queues.decidable(em, EntityChange.class, "Change", uuid, version, context);
    }

    private EntityChange stored(UUID uuid) {
        return Queues.stored(em, EntityChange.class, "Change", uuid);
    }
}
