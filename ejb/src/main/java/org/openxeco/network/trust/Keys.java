package org.openxeco.network.trust;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ed25519 keys through the Java runtime's own EdDSA provider: generation, encoding
 * (X.509 SubjectPublicKeyInfo, PKCS#8) and the fingerprints people compare.
 */
public final class Keys {

    public static final String ALGORITHM = "Ed25519";

    private Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    /** Reads a public key; refuses anything that is not an Ed25519 key. */
    public static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored private key cannot be read", e);
        }
    }

    /**
     * The SHA-256 of the encoded public key in upper-case hex, in groups of four: what an
     * administrator compares with the peer's administrator before trusting it.
     */
    public static String fingerprint(byte[] encodedPublicKey) {
        String hex = HexFormat.of().formatHex(sha256(encodedPublicKey)).toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** The key id a node publishes for one of its keys: its base URL and a short hash. */
    public static String keyId(String baseUrl, byte[] encodedPublicKey) {
        return baseUrl + "#" + HexFormat.of().formatHex(sha256(encodedPublicKey), 0, 8);
    }

    /** The base URL part of a key id, or empty if it has none. */
    public static String baseUrlOf(String keyId) {
        int hash = keyId.lastIndexOf('#');
        return hash > 0 ? keyId.substring(0, hash) : "";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
