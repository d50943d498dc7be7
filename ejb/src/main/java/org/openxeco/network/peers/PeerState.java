package org.openxeco.network.peers;

import java.util.Locale;
import java.util.Optional;

/** Where a handshake stands, as each side shows it. */
public enum PeerState {
    /** This node asked the peer; the peer's administrator has not decided yet. */
    REQUESTED,
    /** The peer asked this node; this node's administrator decides. */
    PENDING,
    /** Both sides trust each other: the peer may browse and import. */
    ACTIVE,
    /** The handshake was refused by the side that was asked. */
    REJECTED,
    /** One side ended an active or requested handshake. */
    REVOKED;

    /** The lower-case name used in node-to-node messages. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeerState> ofWire(String text) {
        for (PeerState state : values()) {
            if (state.wire().equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
