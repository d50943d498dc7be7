package org.openxeco.rest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** The media type a kept answer is filed under is the one the client is answered with. */
class PublicReadCacheTest {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType LD = new MediaType("application", "ld+json");

    @Test
    void theClientsFirstAcceptableProducedTypeIsTheKey() {
        assertEquals(JSON, PublicReadCache.negotiated(List.of(MediaType.WILDCARD_TYPE),
                List.of(JSON)));
        assertEquals(LD, PublicReadCache.negotiated(List.of(LD, JSON), List.of(JSON, LD)));
        assertEquals(JSON, PublicReadCache.negotiated(List.of(JSON, LD), List.of(LD, JSON)));
        assertEquals(LD, PublicReadCache.negotiated(List.of(new MediaType("application", "*")),
                List.of(new MediaType("application",
                "ld+json", "UTF-8"))));
    }

    @Test
    void aTypeRefusedWithQualityZeroOrNoneProducedIsNotKept() {
        assertNull(PublicReadCache.negotiated(List.of(new MediaType("application",
                "ld+json", java.util.Map.of("q", "0"))), List.of(LD)));
        assertNull(PublicReadCache.negotiated(List.of(MediaType.TEXT_HTML_TYPE),
                List.of(JSON)));
    }

    @Test
    void keysAndBookkeepingCountAgainstTheMemoryLimitAndTheEntriesAreCapped() {
        String filler = "x".repeat(7_900);
        for (int i = 0; i < 3_000; i++) {
            PublicReadCache.keep("application/json /api/entities?q=" + i + "&pad=" + filler,
                    new PublicReadCache.Entry("1", JSON, "{}".getBytes(), null));
            long[] held = PublicReadCache.held();
            assertTrue(held[1] <= PublicReadCache.MAX_TOTAL_BYTES, () -> "bytes " + held[1]);
        }
        for (int i = 0; i < 10_000; i++) {
            PublicReadCache.keep("application/json /api/articles?q=" + i,
                    new PublicReadCache.Entry("1", JSON, "{}".getBytes(), null));
        }
        long[] held = PublicReadCache.held();
        assertTrue(held[0] <= PublicReadCache.MAX_ENTRIES, () -> "entries " + held[0]);
        assertTrue(held[1] <= PublicReadCache.MAX_TOTAL_BYTES, () -> "bytes " + held[1]);
    }
}
