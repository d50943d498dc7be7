package org.openxeco.network.peers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.openxeco.kernel.InstantConverter;

/** A public key a peer published, as fetched from its descriptor. */
@Embeddable
public class PeerKey {

    @Column(name = "key_id", nullable = false, length = 1100)
    private String keyId;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant fetched;

    protected PeerKey() {
    }

    PeerKey(String keyId, byte[] publicKey, Instant fetched) {
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.fetched = fetched;
    }

    public String getKeyId() {
        return keyId;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    public Instant getFetched() {
        return fetched;
    }
}
