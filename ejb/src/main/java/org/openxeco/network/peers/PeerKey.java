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

    @Convert(converter = InstantConverter.class)
    @Column
    private Instant expires;

    protected PeerKey() {
    }

    PeerKey(String keyId, byte[] publicKey, Instant fetched, Instant expires) {
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.fetched = fetched;
        this.expires = expires;
    }

    /** When the peer stops accepting this key as its own; null while it is current. */
    public Instant getExpires() {
        return expires;
    }

    public boolean isValidAt(Instant now) {
        return expires == null || expires.isAfter(now);
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
