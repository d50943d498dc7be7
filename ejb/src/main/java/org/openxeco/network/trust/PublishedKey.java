package org.openxeco.network.trust;

import java.time.Instant;

/** A public key as a node publishes it in its descriptor. */
public record PublishedKey(String keyId, String algorithm, byte[] publicKey, Instant expires) {

    public PublishedKey {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String fingerprint() {
        return Keys.fingerprint(publicKey);
    }
}
