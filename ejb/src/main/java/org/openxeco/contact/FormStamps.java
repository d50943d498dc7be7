package org.openxeco.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed time a contact form was issued at, with a random part so that no two forms share
 * a stamp: {@code <epoch millis>.<random>.<HMAC-SHA256>}. A form sent back sooner than a person
 * could fill it in, or after it lay open too long, or with a stamp the node did not sign, is
 * refused; a stamp is taken once (see {@link #digest}).
 */
final class FormStamps {

    /** What a stamp says about the form it came back with. */
    enum Verdict { FINE, FORGED, TOO_FAST, TOO_OLD }

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormStamps() {
    }

    /** A new random signing key, hex-encoded. */
    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The stamp of a form issued now. */
    static String issue(String key, Instant now) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String signed = now.toEpochMilli() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return signed + "." + sign(key, signed);
    }

    /** Whether a form with this stamp, sent back now, may be taken. */
    static Verdict check(String key, String stamp, Instant now, Duration min, Duration max) {
        int dot = stamp == null ? -1 : stamp.lastIndexOf('.');
        if (dot <= 0) {
            return Verdict.FORGED;
        }
        String signed = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(key, signed).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochMilli(Long.parseLong(signed.split("\\.", 2)[0]));
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        Duration age = Duration.between(issued, now);
        if (age.compareTo(min) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(max) > 0 ? Verdict.TOO_OLD : Verdict.FINE;
    }

    /** The SHA-256 of a stamp, hex-encoded: what is kept to take each stamp only once. */
    static String digest(String stamp) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(stamp.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No SHA-256", e);
        }
    }

    private static String sign(String key, String time) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("contact:" + time)
                            .getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot sign a contact form stamp", e);
        }
    }
}
