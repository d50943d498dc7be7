package org.openxeco.account;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes and checks passwords with PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte salt),
 * in the format the database identity store of Jakarta Security verifies.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Parameters of the stored hashes. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    public String hash(char[] password) {
        hash.initialize(PARAMETERS);
        return hash.generate(password);
    }

    public boolean verify(char[] password, String stored) {
        return hash.verify(password, stored);
    }
}
