package org.openxeco.network.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code Content-Digest} field of RFC 9530, with SHA-256 or SHA-512. */
public final class ContentDigest {

    private static final Pattern MEMBER = Pattern.compile(
            "\\s*(sha-256|sha-512)\\s*=\\s*:([A-Za-z0-9+/=]*):\\s*");

    private ContentDigest() {
    }

    /** The field value for a body: {@code sha-256=:…:}. */
    public static String of(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(hash("SHA-256", body)) + ":";
    }

    /**
     * Whether the field value names at least one algorithm this node knows and every known
     * algorithm's digest matches the body.
     */
    public static boolean matches(String field, byte[] body) {
        if (field == null || field.isBlank()) {
            return false;
        }
        boolean checked = false;
        for (String member : field.split(",")) {
            Matcher m = MEMBER.matcher(member);
            if (!m.matches()) {
                continue;
            }
            byte[] expected;
            try {
                expected = Base64.getDecoder().decode(m.group(2));
            } catch (IllegalArgumentException e) {
                return false;
            }
            String algorithm = "sha-256".equals(m.group(1)) ? "SHA-256" : "SHA-512";
            if (!MessageDigest.isEqual(expected, hash(algorithm, body))) {
                return false;
            }
            checked = true;
        }
        return checked;
    }

    private static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body == null ? new byte[0] : body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
