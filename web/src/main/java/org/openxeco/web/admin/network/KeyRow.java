package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;

import org.openxeco.network.trust.NodeKey;

/**
 * One of this node's keys in the keys table. Its status is {@code current}, {@code grace}
 * (rotated out but still accepted) or {@code expired}.
 */
public record KeyRow(String keyId, String fingerprint, Instant created, Instant retiredAt,
        Instant validUntil, String status) implements Serializable {

    static KeyRow of(NodeKey key, Instant now) {
        String status = key.isCurrent() ? "current"
                : key.getValidUntil() != null && key.getValidUntil().isAfter(now) ? "grace"
                : "expired";
        return new KeyRow(key.getKeyId(), key.fingerprint(), key.getCreated(),
                key.getRetiredAt(), key.getValidUntil(), status);
    }
}
