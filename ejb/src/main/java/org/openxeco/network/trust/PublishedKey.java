package org.openxeco.network.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * A public key as a node publishes it in its descriptor: its id, the key, when it stops
 * being valid (if it was rotated out), and, for a key that replaced another, the id of that
 * key and its signature over this key (the endorsement peers follow a rotation by).
 */
public record PublishedKey(String keyId, String algorithm, byte[] publicKey, Instant expires,
        String endorsedBy, byte[] endorsement) {

    public PublishedKey {
        publicKey = publicKey.clone();
        endorsement = endorsement == null ? null : endorsement.clone();
    }

    /** A key that endorses no rotation (the first key of a node). */
    public PublishedKey(String keyId, String algorithm, byte[] publicKey, Instant expires) {
        this(keyId, algorithm, publicKey, expires, null, null);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] endorsement() {
        return endorsement == null ? null : endorsement.clone();
    }

    public String fingerprint() {
        return Keys.fingerprint(publicKey);
    }

    /** The bytes an old key signs to endorse the key that replaces it. */
    public static byte[] endorsed(String keyId, byte[] publicKey) {
        return ("openxeco key endorsement\n" + keyId + "\n"
                + Base64.getEncoder().encodeToString(publicKey)).getBytes(StandardCharsets.UTF_8);
    }

    /** The old key's signature endorsing a new key. */
    public static byte[] endorse(PrivateKey oldKey, String newKeyId, byte[] newPublicKey) {
        try {
            Signature signer = Signature.getInstance(Keys.ALGORITHM);
            signer.initSign(oldKey);
            signer.update(endorsed(newKeyId, newPublicKey));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Endorsing a key failed", e);
        }
    }

    /** Whether the given (older) public key endorsed this key. */
    public boolean isEndorsedBy(byte[] olderPublicKey) {
        if (endorsement == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Keys.ALGORITHM);
            verifier.initVerify(Keys.publicKey(olderPublicKey));
            verifier.update(endorsed(keyId, publicKey));
            return verifier.verify(endorsement);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
