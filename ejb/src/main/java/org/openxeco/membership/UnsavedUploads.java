package org.openxeco.membership;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.Roles;

/**
 * Removes the logos members uploaded and never saved: a pending image older than the given
 * time that no entity shows and no change waiting for review names. Pending images are never
 * public, so nobody loses anything seen; the member only uploads again.
 */
@Stateless
@DeclareRoles({Roles.ADMIN})
public class UnsavedUploads {

    private static final Logger LOG = Logger.getLogger(UnsavedUploads.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ChangeLog changes;

    /** Removes the unsaved uploads stored before {@code before}; returns how many. */
    public int removeStoredBefore(Instant before) {
        Roles.requireAdmin(context);
        // Members' edits take the same lock: none can start using an image being removed.
        changes.lockWrites();
        List<String> stale = em.createQuery("select m.hash from MediaItem m"
                + " where m.pendingBy is not null and m.created < :before", String.class)
                .setParameter("before", before).getResultList();
        int removed = 0;
        for (String hash : stale) {
            if (!PendingLogos.inUse(em, hash)) {
                removed += em.createQuery("delete from MediaItem m where m.hash = :hash"
                        + " and m.pendingBy is not null").setParameter("hash", hash)
                        .executeUpdate();
            }
        }
        int count = removed;
        if (count > 0) {
            LOG.info(() -> "Removed " + count + " logo upload(s) that members never saved");
        }
        return removed;
    }
}
