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
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers recent successful sign-ins, so that a client sending HTTP Basic credentials on
 * every request does not pay a full PBKDF2 check each time. Only a keyed digest of the
 * password and of the stored hash it matched is kept, under a key that lives in this process
 * alone. A remembered sign-in counts only while the account still holds the same stored hash,
 * so a password changed on any server ends it; it lasts while it is used at least every
 * {@code openxeco.security.credential-cache-seconds}, and at most an hour after the full check.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Duration LONGEST = Duration.ofHours(1);

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "openxeco.security.credential-cache-seconds", defaultValue = "60")
    long seconds;

    Clock clock = Clock.systemUTC();

    private record Entry(byte[] digest, Instant expires, Instant until) {
    }

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * Whether these credentials signed in recently against the stored hash the account still
     * holds; a match keeps them remembered for another while.
     */
    boolean knows(String username, String storedHash, char[] password) {
        if (storedHash == null) {
            return false;
        }
        String name = UserNames.key(username);
        Entry entry = entries.get(name);
        Instant now = Instant.now(clock);
        if (entry == null || !now.isBefore(entry.expires())
                || !MessageDigest.isEqual(entry.digest(), digest(storedHash, password))) {
            return false;
        }
        Instant later = now.plusSeconds(seconds);
        entries.replace(name, entry, new Entry(entry.digest(),
                later.isBefore(entry.until()) ? later : entry.until(), entry.until()));
        return true;
    }

    void remember(String username, String storedHash, char[] password) {
        if (seconds > 0) {
            Instant now = Instant.now(clock);
            entries.put(UserNames.key(username), new Entry(digest(storedHash, password),
                    now.plusSeconds(seconds), now.plus(LONGEST)));
        }
    }

    /** Drops what is remembered of an account, after its password or status changed. */
    public void forget(String username) {
        entries.remove(UserNames.key(username));
    }

    private byte[] digest(String storedHash, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] plain = new byte[bytes.remaining()];
        bytes.get(plain);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
