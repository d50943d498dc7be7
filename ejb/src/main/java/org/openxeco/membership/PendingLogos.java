package org.openxeco.membership;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.SystemTask;
import org.openxeco.media.MediaService;

/**
 * Tidies the logos members uploaded for changes that wait for review: one no waiting change
 * and no entity uses any more is discarded, so a declined upload is never published.
 */
final class PendingLogos {

    private PendingLogos() {
    }

    /** Discards the pending image unless a waiting change or an entity still uses it. */
    static void discardUnused(EntityManager em, MediaService media, String hash) {
        if (hash != null && !waiting(em, hash)) {
            run(() -> media.discardPending(hash));
        }
    }

    /** Whether a change waiting for review or an entity uses the image. */
    static boolean inUse(EntityManager em, String hash) {
        return waiting(em, hash) || em.createQuery("select count(o) from Organisation o"
                + " where o.logoHash = :hash", Long.class).setParameter("hash", hash)
                .getSingleResult() > 0;
    }

    private static boolean waiting(EntityManager em, String hash) {
        // The stored change is JSON that names its logo by hash; a hash is never part of
        // another value, so finding it in the text finds the changes using it.
        return em.createQuery("select count(c) from EntityChange c"
                + " where c.status = :pending and c.content like :hash", Long.class)
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("hash", "%" + hash + "%").getSingleResult() > 0;
    }

    /** Makes a member's upload public, as the change using it goes live. */
    static void release(MediaService media, String hash) {
        if (hash != null) {
            run(() -> media.release(hash));
        }
    }

    // Images are the administrators' to manage; a member's accepted change acts for them.
    private static void run(Runnable work) {
        try {
            SystemTask.run(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
