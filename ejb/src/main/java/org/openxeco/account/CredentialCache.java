package org.openxeco.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers recent successful sign-ins for a short time, so that a client sending HTTP
 * Basic credentials on every request does not pay a full PBKDF2 check each time. Only a
 * keyed digest of the password is kept, under a key that lives in this process alone.
 */
@ApplicationScoped
public class CredentialCache {

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "openxeco.security.credential-cache-seconds", defaultValue = "60")
    long seconds;

    Clock clock = Clock.systemUTC();

    private record Entry(byte[] digest, SignedIn caller, Instant expires) {
    }

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * Who signed in recently with exactly these credentials; the user name may be typed in
     * any case, as at a full sign-in.
     */
    Optional<SignedIn> lookup(String username, char[] password) {
        Entry entry = entries.get(UserNames.key(username));
        if (entry == null || !Instant.now(clock).isBefore(entry.expires())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(password))
                ? Optional.of(entry.caller()) : Optional.empty();
    }

    void remember(SignedIn caller, char[] password) {
        if (seconds > 0) {
            entries.put(UserNames.key(caller.username()), new Entry(digest(password), caller,
                    Instant.now(clock).plus(Duration.ofSeconds(seconds))));
        }
    }

    /** Drops what is remembered of an account, after its password or status changed. */
    public void forget(String username) {
        entries.remove(UserNames.key(username));
    }

    private byte[] digest(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] plain = new byte[bytes.remaining()];
        bytes.get(plain);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
