package org.openxeco.network.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Message Signatures (RFC 9421) with {@code ed25519}, as nodes use them: a request
 * signature covers {@code @method}, {@code @target-uri} and {@code content-digest}; a
 * response signature covers {@code @status}, {@code content-digest} and the request's
 * method and target. Both carry {@code created}, {@code keyid}, {@code nonce} and
 * {@code alg}. The body is bound through {@code Content-Digest} (RFC 9530).
 */
public final class HttpSignatures {

    /** The label of the signature in {@code Signature-Input} and {@code Signature}. */
    public static final String LABEL = "node";
    static final List<String> REQUEST = List.of("\"@method\"", "\"@target-uri\"",
            "\"content-digest\"");
    static final List<String> RESPONSE = List.of("\"@status\"", "\"content-digest\"",
            "\"@method\";req", "\"@target-uri\";req");

    private static final Pattern MEMBER = Pattern.compile(
            "\\s*([a-z*][a-z0-9_.*-]*)=(.*)", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile(
            "\\(((?:\\s*\"[a-z0-9@_.-]+\"(?:;req)?)*)\\s*\\)((?:;[a-z]+=(?:\\d+|\"[^\"\\\\]*\"))*)");
    private static final Pattern COMPONENT = Pattern.compile("\"[a-z0-9@_.-]+\"(?:;req)?");
    private static final Pattern PARAM = Pattern.compile(";([a-z]+)=(\\d+|\"[^\"\\\\]*\")");
    private static final Pattern SIGNATURE = Pattern.compile(":([A-Za-z0-9+/=]+):");

    private HttpSignatures() {
    }

    /** What a signature states about itself. */
    public record Parsed(List<String> components, String params, long created, String keyId,
            String nonce, byte[] signature) {

        public Instant createdAt() {
            return Instant.ofEpochSecond(created);
        }
    }

    /**
     * Signs a message: returns the {@code Content-Digest}, {@code Signature-Input} and
     * {@code Signature} fields to send with it.
     */
    public static Map<String, String> sign(SignedMessage message, String keyId, PrivateKey key,
            Instant created) {
        String digest = ContentDigest.of(message.body());
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put("content-digest", digest);
        SignedMessage withDigest = new SignedMessage(message.method(), message.targetUri(),
                message.status(), headers, message.body());
        List<String> components = message.isResponse() ? RESPONSE : REQUEST;
        String params = "(" + String.join(" ", components) + ");created="
                + created.getEpochSecond() + ";keyid=" + quoted(keyId) + ";nonce="
                + quoted(UUID.randomUUID().toString()) + ";alg=\"ed25519\"";
        byte[] base = base(withDigest, components, params).getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Digest", digest);
        fields.put("Signature-Input", LABEL + "=" + params);
        fields.put("Signature", LABEL + "=:" + Base64.getEncoder().encodeToString(
                ed25519(key, base)) + ":");
        return fields;
    }

    /**
     * Reads the signature of a message, refusing one that is missing, unreadable, made with
     * another algorithm, or covering less than nodes require.
     */
    public static Parsed parse(SignedMessage message) {
        String input = member(message.header("signature-input"));
        String signature = member(message.header("signature"));
        if (input == null || signature == null) {
            throw new SignatureRefusedException(Refusal.UNSIGNED,
                    "The message carries no '" + LABEL + "' signature");
        }
        Matcher in = INPUT.matcher(input.trim());
        Matcher sig = SIGNATURE.matcher(signature.trim());
        if (!in.matches() || !sig.matches()) {
            throw malformed("The signature fields cannot be read");
        }
        List<String> components = new ArrayList<>();
        Matcher c = COMPONENT.matcher(in.group(1));
        while (c.find()) {
            components.add(c.group());
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(in.group(2));
        while (p.find()) {
            params.put(p.group(1), p.group(2));
        }
        List<String> required = message.isResponse() ? RESPONSE : REQUEST;
        if (!components.containsAll(required)) {
            throw malformed("The signature must cover " + String.join(" ", required));
        }
        String alg = params.get("alg");
        if (alg != null && !"\"ed25519\"".equals(alg)) {
            throw malformed("Only the ed25519 algorithm is accepted");
        }
        String created = params.get("created");
        String keyId = unquoted(params.get("keyid"));
        String nonce = unquoted(params.get("nonce"));
        if (created == null || created.startsWith("\"") || keyId == null || nonce == null
                || nonce.isEmpty() || nonce.length() > 200) {
            throw malformed("The signature needs created, keyid and a nonce");
        }
        long createdSeconds;
        try {
            createdSeconds = Long.parseLong(created);
        } catch (NumberFormatException e) {
            throw malformed("The signature's creation time cannot be read");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sig.group(1));
        } catch (IllegalArgumentException e) {
            throw malformed("The signature is not valid Base64");
        }
        return new Parsed(List.copyOf(components), input.trim(), createdSeconds, keyId, nonce,
                bytes);
    }

    /** Whether the parsed signature verifies over this message with the key. */
    public static boolean verify(Parsed parsed, SignedMessage message, PublicKey key) {
        String base;
        try {
            base = base(message, parsed.components(), parsed.params());
        } catch (SignatureRefusedException e) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(base.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(parsed.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The signature base of RFC 9421, section 2.5. */
    static String base(SignedMessage message, List<String> components, String params) {
        StringBuilder base = new StringBuilder();
        for (String component : components) {
            base.append(component).append(": ").append(value(message, component)).append('\n');
        }
        return base.append("\"@signature-params\": ").append(params).toString();
    }

    private static String value(SignedMessage message, String component) {
        String name = component.substring(1, component.indexOf('"', 1));
        String value = switch (name) {
            case "@method" -> message.method();
            case "@target-uri" -> message.targetUri();
            case "@status" -> message.isResponse() ? String.valueOf(message.status()) : null;
            case "@authority", "@path", "@query", "@scheme" -> derived(message, name);
            default -> name.startsWith("@") ? null : message.header(name);
        };
        if (value == null) {
            throw malformed("The message has no " + component);
        }
        return value.trim();
    }

    /** A component derived from the target URI (RFC 9421, section 2.2). */
    private static String derived(SignedMessage message, String name) {
        java.net.URI uri = java.net.URI.create(message.targetUri());
        return switch (name) {
            case "@authority" -> uri.getRawAuthority().toLowerCase(java.util.Locale.ROOT);
            case "@path" -> uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            case "@query" -> "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
            default -> uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static byte[] ed25519(PrivateKey key, byte[] base) {
        try {
            Signature signer = Signature.getInstance(Keys.ALGORITHM);
            signer.initSign(key);
            signer.update(base);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** The value of this node's labelled member of a dictionary field. */
    private static String member(String field) {
        if (field == null) {
            return null;
        }
        for (String part : field.split(",(?=\\s*[a-z*][a-z0-9_.*-]*=)")) {
            Matcher m = MEMBER.matcher(part);
            if (m.matches() && LABEL.equals(m.group(1))) {
                return m.group(2);
            }
        }
        return null;
    }

    private static String quoted(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("Not allowed in a parameter: " + value);
        }
        return "\"" + value + "\"";
    }

    private static String unquoted(String value) {
        return value == null || !value.startsWith("\"") ? null
                : value.substring(1, value.length() - 1);
    }

    private static SignatureRefusedException malformed(String message) {
        return new SignatureRefusedException(Refusal.MALFORMED, message);
    }
}
