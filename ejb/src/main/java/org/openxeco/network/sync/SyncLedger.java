package org.openxeco.network.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.peers.Peer;

/**
 * The bookkeeping of sync runs, each step in a short transaction of its own so that a run's
 * progress is visible while it goes and a failed page does not lose the log: the per-peer
 * sync row, the start and end of runs, and the runs left "running" by a stopped server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncLedger {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(SyncLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Copies copies;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private SyncLedger self;

    @jakarta.annotation.PostConstruct
    void init() {
        self = context.getBusinessObject(SyncLedger.class);
    }

    @Inject
    org.openxeco.network.peers.PeerRegistry registry;

    Clock clock = Clock.systemUTC();

    /** The peer's sync row, made on first use. */
    public PeerSync state(long peerId) {
        PeerSync sync = em.find(PeerSync.class, peerId);
        if (sync == null) {
            sync = new PeerSync(peerId);
            em.persist(sync);
            em.flush();
        }
        return sync;
    }

    /**
     * Makes sure the peer's sync row exists. Two runs that start at once may both try to
     * make it: the one that loses finds it on its second try.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ensure(long peerId) {
        try {
            self.state(peerId);
        } catch (RuntimeException e) {
            self.state(peerId);
        }
    }

    /** Starts a run and returns its id. */
    public long start(long peerId, SyncRun.Trigger trigger, String by) {
        PeerSync sync = state(peerId);
        SyncRun run = new SyncRun(em.find(Peer.class, peerId), trigger, by, sync.getPosition(),
                now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Ends a run; a failed scheduled or manual run counts against the peer. */
    public void finish(long runId, SyncRun.State state, String message) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null) {
            return;
        }
        run.finish(state, message, now());
        LOG.info(() -> "Sync run " + run.getId() + " (" + run.getTrigger() + ") of "
                + run.getPeer().getBaseUrl() + " " + state + ": " + run.getCreated()
                + " created, " + run.getUpdated() + " updated, " + run.getUnchanged()
                + " unchanged, " + run.getWithdrawn() + " withdrawn, " + run.getConflicts()
                + " conflicts, " + run.getErrors() + " errors in "
                + run.duration(run.getFinished().orElseThrow()).toMillis() + " ms");
        if (run.getTrigger() == SyncRun.Trigger.SCHEDULE
                || run.getTrigger() == SyncRun.Trigger.MANUAL) {
            PeerSync sync = em.find(PeerSync.class, run.getPeer().getId(),
                    LockModeType.PESSIMISTIC_WRITE);
            sync.ran(now(), state == SyncRun.State.FAILED);
        }
    }

    /** Whether a run of the peer's feed started within the given time is still going. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean running(long peerId, Duration within) {
        return !em.createQuery("select r.id from SyncRun r where r.peer.id = :peer"
                + " and r.state = :running and r.started > :since and r.trigger in :feed",
                Long.class).setParameter("feed", List.of(SyncRun.Trigger.SCHEDULE,
                        SyncRun.Trigger.MANUAL))
                .setParameter("peer", peerId).setParameter("running", SyncRun.State.RUNNING)
                .setParameter("since", now().minus(within)).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** Marks runs that have been "running" for longer than a run can take as failed. */
    public int abandon(Duration olderThan) {
        List<SyncRun> stale = em.createQuery("select r from SyncRun r where r.state = :running"
                + " and r.started < :before", SyncRun.class)
                .setParameter("running", SyncRun.State.RUNNING)
                .setParameter("before", now().minus(olderThan)).getResultList();
        stale.forEach(r -> r.finish(SyncRun.State.FAILED, "The run stopped with its server",
                now()));
        return stale.size();
    }

    /** Sets whether the peer's sync follows everything it shares; following all reads from 0. */
    public void followAll(long peerId, boolean all) {
        PeerSync sync = state(peerId);
        sync = em.find(PeerSync.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        if (all && !sync.isFollowAll()) {
            sync.reset();
        }
        sync.followAll(all);
    }

    /** Detaches the peer's copies, then forgets the peer; returns the copies. */
    public int removeKeepingCopies(long peerId) {
        Peer peer = em.find(Peer.class, peerId);
        int count = copies.detachAll(peer);
        registry.remove(peer.getUuid());
        return count;
    }

    /**
     * Deletes some of the peer's copies of the given types, in a transaction of its own so
     * that deleting thousands never makes one long transaction; 0 when none are left.
     */
    public int deleteCopies(long peerId, List<ObjectType> types, int max) {
        return copies.deleteSome(em.find(Peer.class, peerId), types, max);
    }

    /** Forgets a peer whose copies are gone. */
    public void forget(long peerId) {
        registry.remove(em.find(Peer.class, peerId).getUuid());
    }

    /** Links the copies detached when the peer was removed to it again. */
    public int relink(long peerId) {
        return copies.relink(em.find(Peer.class, peerId));
    }

    /** Gives a copy the logo fetched from its source, unless either changed meanwhile. */
    public void logo(String originUri, String source, String hash) {
        changes.lockWrites();
        ImportedCopy copy = copy(originUri);
        if (copy == null || !source.equals(copy.getLogoSource().orElse(null))) {
            return;
        }
        em.createQuery("select o from Organisation o where o.originUri = :uri",
                Organisation.class).setParameter("uri", originUri).getResultStream()
                .findFirst().ifPresent(entity -> {
                    changes.track(entity);
                    entity.setLogoHash(hash);
                    changes.record(entity);
                });
        copy.logo(source, hash);
    }

    /** Counts a failed logo fetch with its reason; a lasting one is not tried again. */
    public void logoFailed(String originUri, String source, String problem, boolean lasting,
            Instant now) {
        ImportedCopy copy = copy(originUri);
        if (copy != null && source.equals(copy.getLogoSource().orElse(null))) {
            copy.logoFailed(problem, lasting, LogoFetcher.MAX_ATTEMPTS, now);
        }
    }

    private ImportedCopy copy(String originUri) {
        return em.createQuery("select c from ImportedCopy c where c.originUri = :uri",
                ImportedCopy.class).setParameter("uri", originUri).getResultStream()
                .findFirst().orElse(null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SyncRun> run(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
