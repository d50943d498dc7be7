package org.openxeco.rest.network;

import java.time.Instant;
import java.util.List;

import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerKey;

/** A peer as administrators see it through the API. */
public record PeerView(String id, String baseUrl, String name, String contact, String software,
        String apiVersion, String fingerprint, String state, boolean initiatedHere,
        Instant stateChanged, String stateBy, String health, Instant lastContact,
        String lastError, Instant lastErrorAt, int failures, Instant retryAfter,
        List<String> keyIds) {

    public static PeerView of(Peer peer) {
        return new PeerView(peer.getUuid().toString(), peer.getBaseUrl(), peer.getName(),
                peer.getContact(), peer.getSoftware(), peer.getApiVersion(),
                peer.getFingerprint(), peer.getState().wire(), peer.isInitiatedHere(),
                peer.getStateChanged(), peer.getStateBy(),
                peer.health(Instant.now()).name().toLowerCase(java.util.Locale.ROOT),
                peer.getLastContact(), peer.getLastError(), peer.getLastErrorAt(),
                peer.getFailures(), peer.getRetryAfter(),
                peer.getKeys().stream().map(PeerKey::getKeyId).toList());
    }
}
