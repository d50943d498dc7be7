package org.openxeco.network.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;

/** The caller of a signed request is named by the peer on record or by its descriptor. */
class CallerTest {

    static NodeDescriptor descriptor(String baseUrl) {
        byte[] key = Keys.generate().getPublic().getEncoded();
        return new NodeDescriptor("Other node", baseUrl, "1", "", "openXeco test",
                List.of(new PublishedKey(Keys.keyId(baseUrl, key), "ed25519", key, null)));
    }

    @Test
    void aKnownPeerIsNamedWithoutADescriptor() {
        Peer peer = new Peer(descriptor("https://peer.example.org"), PeerState.REVOKED, true,
                Instant.now(), "admin");
        Caller caller = new Caller(Optional.of(peer), null, "https://peer.example.org#1");
        assertEquals("https://peer.example.org", caller.baseUrl());
    }

    @Test
    void aNewNodeIsNamedByItsDescriptor() {
        Caller caller = new Caller(Optional.empty(), descriptor("https://new.example.org"),
                "https://new.example.org#1");
        assertEquals("https://new.example.org", caller.baseUrl());
    }
}
