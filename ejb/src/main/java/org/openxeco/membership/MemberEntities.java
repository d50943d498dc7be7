package org.openxeco.membership;

import java.util.List;
import java.util.Optional;
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

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.RichText;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.media.MediaService;

/**
 * The entities a member is attached to, and the member's changes to them. By the node
 * setting {@link ReviewSetting}, a change goes live at once (audited as the member's) or waits
 * as an {@link EntityChange} for an administrator while the live record stays as it was.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class MemberEntities {

    private static final Logger LOG = Logger.getLogger(MemberEntities.class.getName());

    /** What became of a member's change. */
    public enum Outcome {
        LIVE,
        WAITING
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Validator validator;

    @Inject
    MediaService media;

    @Inject
    ReviewSetting setting;

    @Resource
    SessionContext context;

    /** The entities the caller is attached to, by name. */
    public List<Organisation> attached() {
        Account me = Callers.member(em, context);
        return em.createQuery("select o from Account a join a.entities o where a = :me"
                + " order by o.sortKey", Organisation.class).setParameter("me", me)
                .getResultList();
    }

    /** One entity the caller is attached to; any other is not found. */
    public Organisation get(UUID uuid) {
        return attachedTo(Callers.member(em, context), uuid);
    }

    /** The caller's change of this entity that waits for review, if any. */
    public Optional<EntityChange> waitingChange(UUID uuid) {
        Account me = Callers.member(em, context);
        Organisation organisation = attachedTo(me, uuid);
        return latest(me, organisation, RequestStatus.PENDING);
    }

    /** The caller's latest change of this entity an administrator declined, if any. */
    public Optional<EntityChange> declinedChange(UUID uuid) {
        Account me = Callers.member(em, context);
        Organisation organisation = attachedTo(me, uuid);
        return latest(me, organisation, RequestStatus.REJECTED);
    }

    /** Changes an attached entity, the caller having seen no waiting change of it. */
    public Outcome edit(UUID uuid, long version, EntityEdit data) {
        return edit(uuid, version, null, data);
    }

    /**
     * Changes an attached entity, if the caller saw its current version: live at once, or
     * kept for review by the node setting. Under review it replaces the caller's waiting change
     * only if that is the version the caller saw ({@code changeVersion}, null for none).
     */
    public Outcome edit(UUID uuid, long version, Long changeVersion, EntityEdit data) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        Organisation organisation = attachedTo(me, uuid);
        StaleVersionException.check("Entity " + uuid, version, organisation.getVersion());
        EntityEdit edit = data.withDescription(
                RichText.sanitiseContributed(data.description()));
        EntityDiff.check(validator, media, organisation, edit);

        if (setting.reviewRequired()) {
            Optional<EntityChange> waiting = latest(me, organisation, RequestStatus.PENDING);
            long seen = changeVersion == null ? -1 : changeVersion;
            long current = waiting.map(EntityChange::getVersion).orElse(-1L);
            if (seen != current) {
                throw new StaleChangeException(seen, current);
            }
            String replacedLogo = waiting.map(c -> c.getEdit().logoHash()).orElse(null);
            waiting.ifPresentOrElse(c -> c.replace(edit, AttachmentRequests.now()),
                    () -> em.persist(new EntityChange(me, organisation, edit,
                            AttachmentRequests.now())));
            em.flush();
            if (replacedLogo != null && !replacedLogo.equals(edit.logoHash())) {
                PendingLogos.discardUnused(em, media, replacedLogo);
            }
            LOG.info(() -> "Account " + me.getUuid() + " proposed changes to entity " + uuid);
            return Outcome.WAITING;
        }
        changes.track(organisation);
        PendingLogos.release(media, edit.logoHash());
        edit.applyTo(organisation);
        changes.record(organisation);
        em.flush();
        LOG.info(() -> "Account " + me.getUuid() + " changed entity " + uuid);
        return Outcome.LIVE;
    }

    /**
     * Stores an uploaded logo for an entity the caller is attached to and returns its hash.
     * It stays pending, shown only to the caller and administrators, until the caller's edit
     * goes live or is approved; a declined edit discards it, and {@link UnsavedUploads} one
     * that no edit ever used.
     */
    public String storeLogo(UUID uuid, byte[] bytes, String declaredName) {
        Account me = Callers.member(em, context);
        attachedTo(me, uuid);
        try {
            // Storing images is an administrator's right; an attached member gets it here only.
            return SystemTask.run(() -> media.storePending(bytes, declaredName,
                    me.getUsername())).getHash();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<EntityChange> latest(Account me, Organisation organisation,
            RequestStatus status) {
        return em.createQuery("select c from EntityChange c where c.account = :me"
                + " and c.organisation = :o and c.status = :status order by c.created desc",
                EntityChange.class).setParameter("me", me).setParameter("o", organisation)
                .setParameter("status", status).setMaxResults(1).getResultStream().findFirst();
    }

    static Organisation attachedTo(Account me, UUID uuid) {
        return me.getEntities().stream().filter(o -> o.getUuid().equals(uuid)).findFirst()
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
    }
}
