package org.openxeco.network.peers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NodeUris;
import org.openxeco.network.trust.NodeDescriptor;

/**
 * The handshake protocol on both sides. The asking node records the peer as requested and
 * sends a signed request; the asked node records it as pending until its administrator
 * approves or rejects, and tells the asking node. A decision that does not arrive is found
 * by the asking node's periodic re-check, so both sides converge. Either side may revoke.
 * No method here checks roles: {@link PeerService} does for administrators, the signature
 * does for peers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Handshakes {

    /** Who changed a handshake's state when the other node did, as the peer records it. */
    public static final String PEER_ACTOR = "peer";
    private static final Logger LOG = Logger.getLogger(Handshakes.class.getName());

    @Inject
    PeerRegistry registry;

    @Inject
    PeerClient client;

    @Inject
    NodeUris uris;

    /** Asks the node at the URL for a handshake, after its fingerprint was confirmed. */
    public Peer request(String baseUrl, String confirmedFingerprint, String actor) {
        NodeDescriptor descriptor = client.fetchDescriptor(baseUrl);
        if (descriptor.baseUrl().equals(uris.baseUrl())) {
            throw new ConflictException("own-node", "This is this node's own address");
        }
        if (!sameFingerprint(descriptor.currentKey().fingerprint(), confirmedFingerprint)) {
            throw new ConflictException("fingerprint-changed", "The node at " + baseUrl
                    + " now shows the fingerprint " + descriptor.currentKey().fingerprint()
                    + ", not the one confirmed; check it again");
        }
        Peer peer = registry.record(descriptor, known -> {
            if (known.isPresent() && (known.get().getState() == PeerState.ACTIVE
                    || known.get().getState() == PeerState.PENDING)) {
                throw new ConflictException("peer-exists", "A handshake with " + baseUrl
                        + " is already " + known.get().getState().wire());
            }
            return new PeerRegistry.Step(PeerState.REQUESTED, true);
        }, actor);
        byte[] body = Jsonp.createObjectBuilder().add("baseUrl", uris.baseUrl()).build()
                .toString().getBytes(StandardCharsets.UTF_8);
        try {
            PeerReply reply = client.call(peer, api -> api.requestHandshake(body));
            if (!reply.ok()) {
                throw new ConflictException("handshake-refused", descriptor.name()
                        + " refused the handshake request: " + reply.problemDetail());
            }
            return converge(peer.getUuid(), reply.json().getString("state", ""));
        } catch (PeerCallException e) {
            LOG.log(Level.WARNING, "Handshake request to " + baseUrl + " not delivered; it"
                    + " is sent again by the next re-check", e);
            return registry.get(peer.getUuid());
        }
    }

    /** The peer's administrator's decision, or a re-check, tells this node a state. */
    Peer converge(UUID uuid, String remoteState) {
        Optional<PeerState> remote = PeerState.ofWire(remoteState);
        if (remote.isEmpty()) {
            return registry.get(uuid);
        }
        return registry.move(uuid, local -> switch (remote.get()) {
            case ACTIVE -> local == PeerState.REQUESTED ? PeerState.ACTIVE : local;
            case REJECTED -> local == PeerState.REQUESTED ? PeerState.REJECTED : local;
            case REVOKED -> local == PeerState.REQUESTED || local == PeerState.ACTIVE
                    || local == PeerState.PENDING ? PeerState.REVOKED : local;
            default -> local;
        }, PEER_ACTOR);
    }

    /** The asked side decides: active or rejected, and tells the asking node. */
    public Peer decide(UUID uuid, boolean approve, String actor) {
        PeerState next = approve ? PeerState.ACTIVE : PeerState.REJECTED;
        Peer peer = registry.move(uuid, current -> {
            if (current != PeerState.PENDING) {
                throw new ConflictException("not-pending", "Only a pending handshake can be "
                        + (approve ? "approved" : "rejected") + "; this one is "
                        + current.wire());
            }
            return next;
        }, actor);
        notify(peer, body("state", next.wire()), false);
        return registry.get(uuid);
    }

    /** Ends a handshake from this side and tells the peer. */
    public Peer revoke(UUID uuid, String actor) {
        Peer peer = registry.move(uuid, current -> {
            if (current == PeerState.REVOKED || current == PeerState.REJECTED) {
                throw new ConflictException("not-active", "The handshake is already "
                        + current.wire());
            }
            return PeerState.REVOKED;
        }, actor);
        notify(peer, body("state", PeerState.REVOKED.wire()), true);
        return registry.get(uuid);
    }

    /**
     * Asks the peer where the handshake stands on its side and follows it: a decision that
     * was lost arrives this way; a request the peer never received is sent again.
     */
    public Peer recheck(UUID uuid) {
        Peer peer = registry.get(uuid);
        registry.checked(uuid);
        PeerReply reply = client.call(peer, PeerApi::handshakeState);
        if (!reply.ok()) {
            return registry.get(uuid);
        }
        JsonObject answer = reply.json();
        String remote = answer.getString("state", "");
        if (peer.getState() == PeerState.REQUESTED && answersAnEarlierRequest(peer, answer)) {
            byte[] body = body("baseUrl", uris.baseUrl());
            PeerReply resent = client.call(peer, api -> api.requestHandshake(body));
            return resent.ok() ? converge(uuid, resent.json().getString("state", ""))
                    : registry.get(uuid);
        }
        return converge(uuid, remote);
    }

    /**
     * Whether the peer's answer is about something older than this node's current request:
     * it does not know this node, or it rejected or revoked before this node asked again.
     * The request then did not arrive, and is sent again.
     */
    private static boolean answersAnEarlierRequest(Peer peer, JsonObject answer) {
        String remote = answer.getString("state", "");
        if ("unknown".equals(remote)) {
            return true;
        }
        if (!"rejected".equals(remote) && !"revoked".equals(remote)) {
            return false;
        }
        try {
            return Instant.parse(answer.getString("since", "")).isBefore(peer.getStateChanged());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The peers whose state may change on the other side: requested here, or active. */
    public List<Peer> toRecheck() {
        return registry.inStates(List.of(PeerState.REQUESTED, PeerState.ACTIVE));
    }

    // --- the asked side, on signed calls from other nodes ---

    /** A node asks for a handshake; answers the state this node now has for it. */
    public PeerState received(Caller caller) {
        Optional<Peer> known = caller.peer();
        NodeDescriptor descriptor = caller.descriptor();
        if (known.isPresent() && registry.get(known.get().getUuid()).getState()
                == PeerState.ACTIVE) {
            return PeerState.ACTIVE;
        }
        if (descriptor == null) {
            descriptor = client.fetchDescriptor(caller.baseUrl());
        }
        String fingerprint = descriptor.currentKey().fingerprint();
        // Decided on the state stored now: the caller was looked up when its request came in,
        // and an administrator may have approved (or this node asked) since.
        return registry.record(descriptor, stored -> {
            if (stored.isPresent() && stored.get().getState() == PeerState.ACTIVE) {
                return new PeerRegistry.Step(PeerState.ACTIVE, stored.get().isInitiatedHere());
            }
            // Asked by the node this node asked too: trusted at once, if it is the key
            // confirmed.
            boolean bothAsked = stored.isPresent()
                    && stored.get().getState() == PeerState.REQUESTED
                    && stored.get().getFingerprint().equals(fingerprint);
            return new PeerRegistry.Step(bothAsked ? PeerState.ACTIVE : PeerState.PENDING,
                    bothAsked);
        }, PEER_ACTOR).getState();
    }

    /** The state of the handshake with the caller as this node sees it, and since when. */
    public JsonObject stateFor(Caller caller) {
        JsonObjectBuilder answer = Jsonp.createObjectBuilder();
        caller.peer().ifPresentOrElse(peer -> answer.add("state", peer.getState().wire())
                .add("since", peer.getStateChanged().toString()),
                () -> answer.add("state", "unknown"));
        return answer.build();
    }

    /** The asked node tells its decision, or a peer ends the handshake. */
    public PeerState decided(Caller caller, String state) {
        Peer peer = caller.peer().orElseThrow(() -> new ConflictException("unknown-peer",
                "This node has no handshake with " + caller.baseUrl()));
        return converge(peer.getUuid(), state).getState();
    }

    private void notify(Peer peer, byte[] body, boolean revocation) {
        try {
            PeerReply reply = client.call(peer, api -> revocation ? api.revocation(body)
                    : api.decision(body));
            if (!reply.ok()) {
                LOG.warning(() -> peer.getBaseUrl() + " did not take the handshake "
                        + (revocation ? "revocation" : "decision") + ": "
                        + reply.problemDetail());
            }
        } catch (PeerCallException e) {
            LOG.warning(() -> "Could not tell " + peer.getBaseUrl() + " about the handshake ("
                    + e.getMessage() + "); it learns on its next re-check");
        }
    }

    /** Fingerprints compared as hex digits, whatever the case and spacing typed. */
    static boolean sameFingerprint(String published, String typed) {
        return typed != null && normal(published).equals(normal(typed));
    }

    private static String normal(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] body(String name, String value) {
        return Jsonp.createObjectBuilder().add(name, value).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
