package org.openxeco.network.sync;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;

/**
 * How far this node has read one peer's change feed: the peer's change number after which
 * the next page starts, and whether it follows everything the peer shares or only the
 * objects imported from it. The row is locked while a page is applied, so two runs never
 * apply the same page.
 */
@Entity
@Table(name = "peer_sync")
public class PeerSync {

    @Id
    @Column(name = "peer_id")
    private Long peerId;

    @Version
    private long version;

    @Column(nullable = false)
    private long position;

    @Column(name = "follow_all", nullable = false)
    private boolean followAll;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "runs_failed", nullable = false)
    private int runsFailed;

    protected PeerSync() {
    }

    PeerSync(long peerId) {
        this.peerId = peerId;
    }

    public long getPosition() {
        return position;
    }

    public boolean isFollowAll() {
        return followAll;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public int getRunsFailed() {
        return runsFailed;
    }

    void advance(long to) {
        this.position = Math.max(position, to);
    }

    /** Reads the feed again from its start (when starting to follow everything). */
    void reset() {
        this.position = 0;
    }

    void followAll(boolean value) {
        this.followAll = value;
    }

    void ran(Instant at, boolean failed) {
        this.lastRunAt = at;
        this.runsFailed = failed ? runsFailed + 1 : 0;
    }
}
