package org.openxeco.network.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A successful call is written only when it changes what the peer's row says: its first
 * contact, a contact after failures or a request to wait, or one after the recorded contact
 * has grown old.
 */
class PeerContactTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Peer peer() {
        return new Peer(CallerTest.descriptor("https://peer.example.org"), PeerState.ACTIVE,
                true, T0, "admin");
    }

    @Test
    void aPeerNeverContactedIsRecorded() {
        assertFalse(peer().contactRecorded(T0));
    }

    @Test
    void aRecentContactStandsForTheNextCalls() {
        Peer peer = peer();
        peer.contacted(T0);
        assertTrue(peer.contactRecorded(T0.plusSeconds(Peer.CONTACT_RECORD_SECONDS - 1)));
        assertFalse(peer.contactRecorded(T0.plusSeconds(Peer.CONTACT_RECORD_SECONDS)));
    }

    @Test
    void aContactAfterAFailureIsRecordedAndClearsIt() {
        Peer peer = peer();
        peer.contacted(T0);
        peer.failed("HTTP 503", T0.plusSeconds(1), T0.plusSeconds(60));
        assertFalse(peer.contactRecorded(T0.plusSeconds(2)));
        peer.contacted(T0.plusSeconds(2));
        assertEquals(0, peer.getFailures());
        assertEquals(null, peer.getRetryAfter());
        assertTrue(peer.contactRecorded(T0.plusSeconds(3)));
    }

    @Test
    void aClockThatWentBackRecordsTheContact() {
        Peer peer = peer();
        peer.contacted(T0);
        assertFalse(peer.contactRecorded(T0.minusSeconds(5)));
    }
}
