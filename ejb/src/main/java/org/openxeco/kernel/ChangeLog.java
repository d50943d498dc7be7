package org.openxeco.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditTrail;

/**
 * Hands out change sequence numbers and writes tombstones. It always joins the caller's
 * transaction: the counter row stays locked until that transaction ends, so numbers are
 * visible in the order they were given and a reader of "changes after N" misses none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    Clock clock = Clock.systemUTC();

    private static final Object LOCKED = ChangeLog.class.getName() + ".locked";

    /**
     * Takes the node's write lock for the rest of the transaction. Writers call it before
     * reading what they change, so two writers of one object run one after the other and
     * the second sees the first one's version instead of failing at commit.
     */
    public void lockWrites() {
        counter();
    }

    /**
     * Notes the state of a stored object its writer is about to change, so that the audit
     * trail can show old and new values when the change is recorded.
     */
    public void track(TrackedObject object) {
        audit.before(object);
    }

    /**
     * Marks an object as changed now, giving it the next change sequence number, and writes
     * the audit entry: every field for a new object, the changed fields of a tracked one.
     */
    public void record(TrackedObject object) {
        boolean created = object.getCreated() == null;
        object.stamp(nextSequence(), now());
        audit.recorded(object, created);
    }

    /**
     * {@link #track} and {@link #record} for a writer of many objects in the caller's
     * transaction (a page of a peer's changes): the counter is locked and the audit trail
     * looked up once, and each object then costs a plain call instead of calls through the
     * container.
     */
    public Writes writes() {
        return new Writes(counter(), audit.writes(), clock);
    }

    /**
     * Marks objects as changed within one transaction; see {@link #writes()}. It keeps the
     * locked counter row: a writer using it does not clear or detach its persistence
     * context meanwhile.
     */
    public static final class Writes {

        private final ChangeCounter counter;
        private final AuditTrail.Writes trail;
        private final Clock clock;

        private Writes(ChangeCounter counter, AuditTrail.Writes trail, Clock clock) {
            this.counter = counter;
            this.trail = trail;
            this.clock = clock;
        }

        /** {@link ChangeLog#track}. */
        public void track(TrackedObject object) {
            trail.before(object);
        }

        /** {@link ChangeLog#record}. */
        public void record(TrackedObject object) {
            boolean created = object.getCreated() == null;
            object.stamp(counter.next(), now(clock));
            trail.recorded(object, created);
        }

        /**
         * Marks a copy of another node's object as new here: the next change sequence
         * number and the current time. Its arrival is recorded by its provenance (origin,
         * peer, time) and by the log of the run that brought it, not by an audit entry per
         * field that the origin keeps anyway; later changes are audited.
         */
        public void stampCopy(TrackedObject copy) {
            copy.stamp(counter.next(), now(clock));
        }
    }

    /** Leaves a tombstone and an audit entry for an object that is being deleted. */
    public void recordDeletion(TrackedObject object) {
        em.persist(new Tombstone(object.getUuid(), object.objectType(), nextSequence(), now()));
        audit.deleted(object);
    }

    /** The last sequence number handed out on this node. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lastSequence() {
        return em.find(ChangeCounter.class, ChangeCounter.ROW).lastValue();
    }

    /** Now, at the microsecond precision both databases keep, so answers match reads. */
    private Instant now() {
        return now(clock);
    }

    private static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private long nextSequence() {
        return counter().next();
    }

    /**
     * The counter row, locked for the rest of the transaction: read with a lock the first
     * time, then taken from the persistence context, so that a transaction writing many
     * objects locks the row once.
     */
    private ChangeCounter counter() {
        if (transaction != null && transaction.getResource(LOCKED) != null) {
            ChangeCounter held = em.find(ChangeCounter.class, ChangeCounter.ROW);
            if (held != null && em.getLockMode(held) == LockModeType.PESSIMISTIC_WRITE) {
                return held;
            }
        }
        ChangeCounter counter = em.find(ChangeCounter.class, ChangeCounter.ROW,
                LockModeType.PESSIMISTIC_WRITE);
        if (transaction != null) {
            transaction.putResource(LOCKED, Boolean.TRUE);
        }
        return counter;
    }
}
