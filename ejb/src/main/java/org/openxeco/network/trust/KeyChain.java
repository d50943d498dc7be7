package org.openxeco.network.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which keys of a peer's fresh descriptor this node may trust: those it already
 * holds, and those endorsed, link by link, by a key it holds. A key that only the peer's
 * address vouches for is not trusted: that would let whoever answers at the address replace
 * the key both administrators compared.
 */
public final class KeyChain {

    private static final int MAX_LINKS = 16;

    private KeyChain() {
    }

    /**
     * The descriptor's keys that are trusted, given the public keys (by id) this node holds
     * and has not seen expire.
     */
    public static List<PublishedKey> trusted(NodeDescriptor descriptor, Map<String, byte[]> held,
            Instant now) {
        List<PublishedKey> trusted = new ArrayList<>();
        for (PublishedKey key : descriptor.keys()) {
            boolean expired = key.expires() != null && key.expires().isBefore(now);
            if (!expired && chainsTo(descriptor, key, held)) {
                trusted.add(key);
            }
        }
        return trusted;
    }

    private static boolean chainsTo(NodeDescriptor descriptor, PublishedKey key,
            Map<String, byte[]> held) {
        PublishedKey link = key;
        for (int i = 0; i < MAX_LINKS; i++) {
            byte[] known = held.get(link.keyId());
            if (known != null) {
                return java.util.Arrays.equals(known, link.publicKey());
            }
            if (link.endorsedBy() == null) {
                return false;
            }
            byte[] heldParent = held.get(link.endorsedBy());
            if (heldParent != null) {
                return link.isEndorsedBy(heldParent);
            }
            Optional<PublishedKey> parent = descriptor.key(link.endorsedBy());
            if (parent.isEmpty() || !link.isEndorsedBy(parent.get().publicKey())) {
                return false;
            }
            link = parent.get();
        }
        return false;
    }
}
