package org.openxeco.network.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyChainTest {

    private static final String BASE = "https://peer.example";
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final KeyPair first = Keys.generate();
    private final KeyPair second = Keys.generate();
    private final KeyPair third = Keys.generate();

    @Test
    void aKeyEndorsedByAHeldKeyIsTrusted() {
        NodeDescriptor descriptor = descriptor(List.of(endorsed(second, first), plain(first)));
        List<PublishedKey> trusted = KeyChain.trusted(descriptor, held(first), NOW);
        assertEquals(List.of(id(second), id(first)), ids(trusted));
    }

    @Test
    void aKeyEndorsedThroughSeveralRotationsIsTrusted() {
        NodeDescriptor descriptor = descriptor(List.of(endorsed(third, second),
                endorsed(second, first), plain(first)));
        assertEquals(3, KeyChain.trusted(descriptor, held(first), NOW).size());
    }

    @Test
    void aKeyOnlyTheAddressVouchesForIsNotTrusted() {
        KeyPair intruder = Keys.generate();
        NodeDescriptor replaced = descriptor(List.of(plain(intruder)));
        assertTrue(KeyChain.trusted(replaced, held(first), NOW).isEmpty());
        // Listing the held public key beside it does not make the intruder's key trusted.
        NodeDescriptor beside = descriptor(List.of(plain(intruder), plain(first)));
        assertEquals(List.of(id(first)), ids(KeyChain.trusted(beside, held(first), NOW)));
        // Nor does an endorsement made with another key under the held key's id.
        PublishedKey forged = new PublishedKey(id(intruder), "ed25519",
                intruder.getPublic().getEncoded(), null, id(first), PublishedKey.endorse(
                        intruder.getPrivate(), id(intruder), intruder.getPublic().getEncoded()));
        assertTrue(KeyChain.trusted(descriptor(List.of(forged)), held(first), NOW).isEmpty());
    }

    @Test
    void aHeldIdWithAnotherPublicKeyAndExpiredKeysAreNotTrusted() {
        NodeDescriptor swapped = descriptor(List.of(new PublishedKey(id(first), "ed25519",
                second.getPublic().getEncoded(), null)));
        assertTrue(KeyChain.trusted(swapped, held(first), NOW).isEmpty());
        NodeDescriptor expired = descriptor(List.of(new PublishedKey(id(first), "ed25519",
                first.getPublic().getEncoded(), NOW.minusSeconds(1))));
        assertTrue(KeyChain.trusted(expired, held(first), NOW).isEmpty());
    }

    private String id(KeyPair pair) {
        return Keys.keyId(BASE, pair.getPublic().getEncoded());
    }

    private PublishedKey plain(KeyPair pair) {
        return new PublishedKey(id(pair), "ed25519", pair.getPublic().getEncoded(), null);
    }

    private PublishedKey endorsed(KeyPair pair, KeyPair by) {
        byte[] key = pair.getPublic().getEncoded();
        return new PublishedKey(id(pair), "ed25519", key, null, id(by),
                PublishedKey.endorse(by.getPrivate(), id(pair), key));
    }

    private Map<String, byte[]> held(KeyPair pair) {
        return Map.of(id(pair), pair.getPublic().getEncoded());
    }

    private static NodeDescriptor descriptor(List<PublishedKey> keys) {
        return NodeDescriptor.parse(new NodeDescriptor("Peer", BASE, "1", "", "test", keys)
                .toBytes());
    }

    private static List<String> ids(List<PublishedKey> keys) {
        List<String> ids = new ArrayList<>();
        keys.forEach(k -> ids.add(k.keyId()));
        return ids;
    }
}
