package org.openxeco.network.trust;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.openxeco.kernel.Jsonp;

/**
 * What a node says about itself at its well-known address: name, base URL, the public keys
 * it signs with (the current one first), API and software version and a contact.
 */
public record NodeDescriptor(String name, String baseUrl, String apiVersion, String contact,
        String software, List<PublishedKey> keys) {

    /** The address under a node's base URL where its descriptor is served. */
    public static final String WELL_KNOWN_PATH = "/.well-known/openxeco-node";
    public static final String API_VERSION = "1";

    public NodeDescriptor {
        keys = List.copyOf(keys);
    }

    /** The key the node signs with now. */
    public PublishedKey currentKey() {
        return keys.get(0);
    }

    public Optional<PublishedKey> key(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    public JsonObject toJson() {
        JsonArrayBuilder keyArray = Jsonp.createArrayBuilder();
        for (PublishedKey key : keys) {
            JsonObjectBuilder k = Jsonp.createObjectBuilder().add("id", key.keyId())
                    .add("alg", "ed25519")
                    .add("publicKey", Base64.getEncoder().encodeToString(key.publicKey()))
                    .add("fingerprint", key.fingerprint());
            if (key.expires() != null) {
                k.add("expires", key.expires().toString());
            }
            if (key.endorsedBy() != null && key.endorsement() != null) {
                k.add("endorsedBy", key.endorsedBy()).add("endorsement",
                        Base64.getEncoder().encodeToString(key.endorsement()));
            }
            keyArray.add(k);
        }
        return Jsonp.createObjectBuilder().add("name", name).add("baseUrl", baseUrl)
                .add("apiVersion", apiVersion).add("contact", contact == null ? "" : contact)
                .add("software", software).add("keys", keyArray).build();
    }

    public byte[] toBytes() {
        return toJson().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a descriptor, refusing one that lacks a field or a usable key. */
    public static NodeDescriptor parse(byte[] body) {
        try (var reader = Jsonp.createReader(new StringReader(
                new String(body, StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            String baseUrl = json.getString("baseUrl");
            List<PublishedKey> keys = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("keys")) {
                JsonObject key = value.asJsonObject();
                // Keys of another algorithm, or named after another address, are not used.
                if (!"ed25519".equals(key.getString("alg", ""))
                        || !Keys.baseUrlOf(key.getString("id")).equals(baseUrl)) {
                    continue;
                }
                byte[] encoded = Base64.getDecoder().decode(key.getString("publicKey"));
                Keys.publicKey(encoded);
                String expires = key.getString("expires", null);
                String endorsement = key.getString("endorsement", null);
                keys.add(new PublishedKey(key.getString("id"), "ed25519", encoded,
                        expires == null ? null : Instant.parse(expires),
                        key.getString("endorsedBy", null), endorsement == null ? null
                                : Base64.getDecoder().decode(endorsement)));
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("The descriptor lists no Ed25519 key of "
                        + baseUrl);
            }
            return new NodeDescriptor(limit(json.getString("name"), 300), baseUrl,
                    limit(json.getString("apiVersion", "?"), 20),
                    limit(json.getString("contact", ""), 300),
                    limit(json.getString("software", "?"), 100), keys);
        } catch (JsonException | ClassCastException | NullPointerException
                | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a node descriptor: " + e.getMessage(), e);
        }
    }

    private static String limit(String text, int max) {
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
