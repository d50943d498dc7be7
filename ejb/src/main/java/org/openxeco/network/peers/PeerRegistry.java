package org.openxeco.network.peers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.network.trust.KeyChain;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;

/**
 * The peers on record and their handshake states. State changes are audited; contact and
 * failure records are written in their own transactions so they stand even when the work
 * that made the call fails. Every change locks the peer's row first: the re-check timer and
 * an administrator's action may call the same peer at the same moment.
 */
@Stateless
public class PeerRegistry {

    private static final Logger LOG = Logger.getLogger(PeerRegistry.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Peer> list() {
        return em.createQuery("select p from Peer p order by p.name, p.baseUrl", Peer.class)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Peer> find(UUID uuid) {
        return em.createQuery("select p from Peer p where p.uuid = :uuid", Peer.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Peer get(UUID uuid) {
        return find(uuid).orElseThrow(() -> new NotFoundException("peer", uuid.toString()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Peer> byBaseUrl(String baseUrl) {
        return em.createQuery("select p from Peer p where p.baseUrl = :url", Peer.class)
                .setParameter("url", baseUrl).getResultStream().findFirst();
    }

    /** The peer that published this key id, if its key is on record. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Peer> byKeyId(String keyId) {
        return em.createQuery("select p from Peer p join p.keys k where k.keyId = :key",
                Peer.class).setParameter("key", keyId).getResultStream().findFirst();
    }

    /** The peers in one of the given states. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Peer> inStates(List<PeerState> states) {
        return em.createQuery("select p from Peer p where p.state in :states", Peer.class)
                .setParameter("states", states).getResultList();
    }

    /** Records a node in the given state, whatever its handshake stood at before. */
    public Peer record(NodeDescriptor descriptor, PeerState state, boolean initiatedHere,
            String actor) {
        return record(descriptor, stored -> new Step(state, initiatedHere), actor);
    }

    /**
     * Records a node's descriptor, its handshake moved as the rule decides from what is
     * stored now, read under lock (empty for a node not known yet): a decision taken
     * meanwhile by an administrator or by the other node is seen, never overwritten by an
     * older reading. The rule may refuse by throwing.
     */
    public Peer record(NodeDescriptor descriptor, Function<Optional<Peer>, Step> rule,
            String actor) {
        Instant now = clock.instant();
        Optional<Peer> existing = byBaseUrl(descriptor.baseUrl()).map(this::locked);
        Step step = rule.apply(existing);
        if (existing.isEmpty()) {
            Peer peer = new Peer(descriptor, step.state(), step.initiatedHere(), now, actor);
            em.persist(peer);
            audit.recorded(peer, true);
            log(peer);
            return peer;
        }
        Peer peer = existing.get();
        audit.before(peer);
        peer.describe(descriptor, now);
        if (peer.getState() != step.state() || peer.isInitiatedHere() != step.initiatedHere()) {
            peer.moveTo(step.state(), step.initiatedHere(), now, actor);
            log(peer);
        }
        audit.recorded(peer, false);
        return peer;
    }

    /** Moves a peer to a state. */
    public Peer move(UUID uuid, PeerState state, String actor) {
        return move(uuid, current -> state, actor);
    }

    /**
     * Moves a peer's handshake as the rule decides from the state stored now, read under
     * lock, so that two decisions taken at once follow one another. The rule may refuse by
     * throwing.
     */
    public Peer move(UUID uuid, UnaryOperator<PeerState> rule, String actor) {
        Peer peer = locked(get(uuid));
        PeerState state = rule.apply(peer.getState());
        if (peer.getState() != state) {
            audit.before(peer);
            peer.moveTo(state, peer.isInitiatedHere(), clock.instant(), actor);
            audit.recorded(peer, false);
            log(peer);
        }
        return peer;
    }

    /** The state a handshake takes, and whether this node is the one that asked. */
    public record Step(PeerState state, boolean initiatedHere) {
    }

    /** Forgets a peer: its keys, sync state and run log go with it. */
    public void remove(UUID uuid) {
        Peer peer = locked(get(uuid));
        audit.deleted(peer);
        em.remove(peer);
        em.flush();
        LOG.info(() -> "Removed peer " + peer.getBaseUrl());
    }

    /**
     * Follows a peer's key rotation: of its fresh descriptor's keys, keeps those this node
     * holds and those endorsed by a key it holds; a key only the peer's address vouches for
     * is left out. Answers whether the given key id is now trusted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean followRotation(UUID uuid, NodeDescriptor descriptor, String keyId) {
        Optional<Peer> found = find(uuid);
        if (found.isEmpty()) {
            return false;
        }
        Peer peer = locked(found.get());
        Instant now = clock.instant();
        List<PublishedKey> trusted = KeyChain.trusted(descriptor, peer.heldKeys(now), now);
        boolean accepted = trusted.stream().anyMatch(k -> k.keyId().equals(keyId));
        if (!accepted) {
            LOG.warning(() -> "Peer " + peer.getBaseUrl() + " presents key " + keyId
                    + ", which no key this node trusts endorses; it is not accepted. If the"
                    + " peer really lost its keys, revoke and make a new handshake.");
            return false;
        }
        audit.before(peer);
        peer.describe(descriptor, trusted, now);
        audit.recorded(peer, false);
        LOG.info(() -> "Peer " + peer.getBaseUrl() + " rotated its key; current fingerprint "
                + peer.getFingerprint());
        return true;
    }

    /**
     * Records a successful call. A peer in good standing whose last contact is recent is left
     * as it is: a sync calls its peer page after page, and writing the same row each time
     * would only cost commits.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void contacted(UUID uuid) {
        Instant now = clock.instant();
        find(uuid).filter(peer -> !peer.contactRecorded(now))
                .map(this::locked).ifPresent(peer -> peer.contacted(now));
    }

    /** A call reached the peer but it refused the request: reachable, yet worth showing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(UUID uuid, String error) {
        find(uuid).map(this::locked).ifPresent(peer -> {
            Instant now = clock.instant();
            peer.contacted(now);
            peer.failed(error, now, null);
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(UUID uuid, String error, Instant retryAfter) {
        find(uuid).map(this::locked)
                .ifPresent(peer -> peer.failed(error, clock.instant(), retryAfter));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checked(UUID uuid) {
        find(uuid).map(this::locked).ifPresent(peer -> peer.checked(clock.instant()));
    }

    private Peer locked(Peer peer) {
        em.refresh(peer, LockModeType.PESSIMISTIC_WRITE);
        return peer;
    }

    private static void log(Peer peer) {
        LOG.info(() -> "Handshake with " + peer.getBaseUrl() + " is now "
                + peer.getState().wire() + " (" + peer.getStateBy() + ")");
    }
}
