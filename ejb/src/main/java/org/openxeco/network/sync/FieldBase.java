package org.openxeco.network.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The base of a three-way merge, kept small: for each field of a copy, a fingerprint of the
 * value the origin last sent (the first 72 bits of its SHA-256, URL-safe base64). A field
 * whose local value still has the base's fingerprint was not changed here; one whose remote
 * value has it was not changed at the origin.
 */
final class FieldBase {

    // A digest per thread: looking one up costs more than hashing a field.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private FieldBase() {
    }

    static String fingerprint(String value) {
        if (value == null) {
            return "-";
        }
        byte[] digest = SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8));
        return BASE64.encodeToString(java.util.Arrays.copyOf(digest, 9));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> fingerprints = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return fingerprints;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fingerprints.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fingerprints;
    }

    static String format(Map<String, String> fingerprints) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fingerprints).forEach((field, print) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(field).append('=').append(print);
        });
        return text.toString();
    }
}
