package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import org.openxeco.network.peers.Handshakes;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerHealth;
import org.openxeco.network.peers.PeerState;

/** A peer as the peers table shows it: who it is, the handshake, and how calls went. */
public record PeerRow(UUID uuid, String name, String baseUrl, String fingerprint,
        PeerState state, boolean initiatedHere, Instant stateChanged, String stateBy,
        PeerHealth health, Instant lastContact, String lastError, Instant lastErrorAt,
        Instant retryAfter) implements Serializable {

    private static final long serialVersionUID = 1L;

    static PeerRow of(Peer peer, Instant now) {
        Instant retry = peer.getRetryAfter() != null && peer.getRetryAfter().isAfter(now)
                ? peer.getRetryAfter() : null;
        return new PeerRow(peer.getUuid(), peer.getName(), peer.getBaseUrl(),
                peer.getFingerprint(), peer.getState(), peer.isInitiatedHere(),
                peer.getStateChanged(), peer.getStateBy(), peer.health(now),
                peer.getLastContact(), peer.getLastError(), peer.getLastErrorAt(), retry);
    }

    /** The other node asked and this node's administrator decides. */
    public boolean pending() {
        return state == PeerState.PENDING;
    }

    /** A handshake that is under way or in force can be ended from this side. */
    public boolean revocable() {
        return state == PeerState.REQUESTED || state == PeerState.ACTIVE;
    }

    public boolean active() {
        return state == PeerState.ACTIVE;
    }

    /** The last state change came from the other node rather than from someone here. */
    public boolean changedByPeer() {
        return Handshakes.PEER_ACTOR.equals(stateBy);
    }
}
