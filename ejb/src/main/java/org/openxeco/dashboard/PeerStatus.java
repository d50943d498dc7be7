package org.openxeco.dashboard;

import java.time.Instant;
import java.util.UUID;

import org.openxeco.network.peers.PeerHealth;
import org.openxeco.network.peers.PeerState;
import org.openxeco.network.sync.SyncRun;

/**
 * One peer as the dashboard shows it: its handshake state, how calls to it have gone, when
 * it last answered, and the outcome of its latest sync run ({@code lastRun} null when it has
 * never run).
 */
public record PeerStatus(UUID uuid, String name, String baseUrl, PeerState state,
        PeerHealth health, Instant lastContact, LastRun lastRun) {

    /** The latest run of a peer's sync: how it ended (or that it runs) and when. */
    public record LastRun(SyncRun.Trigger trigger, SyncRun.State state, Instant started,
            Instant finished, int errors) {
    }
}
