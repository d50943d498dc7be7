package org.openxeco.network.peers;

/** How calls to a peer have gone lately. */
public enum PeerHealth {
    /** No call made yet. */
    UNKNOWN,
    /** The last call succeeded. */
    HEALTHY,
    /** A recent call failed, or the peer asked to wait. */
    DEGRADED,
    /** Several calls in a row failed, or none ever succeeded. */
    UNREACHABLE
}
