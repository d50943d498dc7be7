package org.openxeco.network.peers;

import java.util.Optional;

import org.openxeco.network.trust.NodeDescriptor;

/**
 * The node that signed a request, once its signature is verified: a peer on record, or, on a
 * handshake call, a node known only by the descriptor fetched from its address.
 */
public record Caller(Optional<Peer> peer, NodeDescriptor descriptor, String keyId) {

    /** The caller's base URL. */
    public String baseUrl() {
        // A lambda, not descriptor::baseUrl: that reference fails at once when the caller is
        // a known peer and no descriptor was fetched.
        return peer.map(Peer::getBaseUrl).orElseGet(() -> descriptor.baseUrl());
    }
}
