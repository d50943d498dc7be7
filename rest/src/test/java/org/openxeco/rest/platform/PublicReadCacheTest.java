package org.openxeco.rest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
