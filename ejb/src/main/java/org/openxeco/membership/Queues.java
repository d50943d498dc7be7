package org.openxeco.membership;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.kernel.NotFoundException;

/**
 * The lookups both administrators' queues share: what waits, oldest first, one item by id,
 * and one item that may be decided now by the caller.
 */
final class Queues {

    private Queues() {
    }

    /** The items of this kind waiting for a decision, oldest first. */
    static <T extends MemberWork> List<T> pending(EntityManager em, Class<T> type) {
        return em.createQuery("select w from " + type.getSimpleName() + " w"
                + " where w.status = :pending order by w.created", type)
                .setParameter("pending", RequestStatus.PENDING).getResultList();
    }

    /** How many items of this kind wait for a decision. */
    static long countPending(EntityManager em, Class<? extends MemberWork> type) {
        return em.createQuery("select count(w) from " + type.getSimpleName() + " w"
                + " where w.status = :pending", Long.class)
                .setParameter("pending", RequestStatus.PENDING).getSingleResult();
    }

    /** The item with this id, whatever its state. */
    static <T extends MemberWork> T stored(EntityManager em, Class<T> type, String what,
            UUID uuid) {
        return em.createQuery("select w from " + type.getSimpleName() + " w"
                + " where w.uuid = :uuid", type).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(what, uuid));
    }

    /**
     * The item, if it still waits, is the version the caller saw and was not sent by the
     * caller: an administrator never decides their own work.
     */
    static <T extends MemberWork> T decidable(EntityManager em, Class<T> type, String what,
            UUID uuid, long version, EJBContext context) {
        T item = stored(em, type, what, uuid);
        item.requireWaiting(what, version);
        Callers.requireOtherReviewer(item.getAccount(), context);
        return item;
    }

    /** The caller's decision, now, with their message. */
    static Decision decision(EJBContext context, String message) {
        return new Decision(AttachmentRequests.now(), Callers.actor(context),
                Callers.message(message));
    }
}
