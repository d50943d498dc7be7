package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A peer's logo address is kept in its ASCII form when it is an http(s) address of a sane
 * length, and dropped otherwise, so the copy still imports without it.
 */
class LogoSourceTest {

    @Test
    void anHttpAddressIsKeptInItsAsciiForm() {
        assertEquals("https://peer.example/logo.png",
                EntityReader.logoSource(" https://peer.example/logo.png "));
        assertEquals("HTTP://peer.example/l.png",
                EntityReader.logoSource("HTTP://peer.example/l.png"));
        assertEquals("https://peer.example/%C3%A9cole.png",
                EntityReader.logoSource("https://peer.example/\u00e9cole.png"));
    }

    @Test
    void otherAddressesAreDropped() {
        assertNull(EntityReader.logoSource(null));
        assertNull(EntityReader.logoSource("ftp://peer.example/logo.png"));
        assertNull(EntityReader.logoSource("data:image/png;base64,AAAA"));
        assertNull(EntityReader.logoSource("https://peer.example/a b<>.png"));
        assertNull(EntityReader.logoSource("httpx://peer.example/logo.png"));
        assertNull(EntityReader.logoSource("https://peer.example/"
                + "\u00e9".repeat(ImportedCopy.MAX_LOGO_SOURCE / 6 + 1)),
                "too long once in ASCII");
    }
}
