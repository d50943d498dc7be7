package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openxeco.kernel.NewUuids;

class SlugsTest {

    @Test
    void objectsOfOneTitleMadeTogetherGetDifferentSuffixes() {
        // New UUIDs made within the same hours share their first digits (the time).
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            slugs.add(Slugs.withUuidEnd(Slugs.of("Job offer"), NewUuids.next(), 8));
        }
        assertEquals(2_000, slugs.size());
        Set<String> shorter = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            shorter.add(Slugs.withUuidEnd(Slugs.of("Newsletter"), NewUuids.next(), 6));
        }
        assertTrue(shorter.size() >= 199, shorter.size() + " of 200");
    }

    @Test
    void theSuffixIsTheEndOfTheUuidAndTheSlugStaysWithinItsLength() {
        UUID uuid = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
        assertEquals("job-offer-9e0f1a2b", Slugs.withUuidEnd("job-offer", uuid, 8));
        String longest = Slugs.withUuidEnd("a".repeat(Slugs.MAX), uuid, 8);
        assertEquals(Slugs.MAX, longest.length());
        assertTrue(longest.endsWith("-9e0f1a2b"));
    }
}
