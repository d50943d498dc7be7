package org.openxeco.network.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.network.peers.Peer;

/**
 * One run of a peer's sync (or of an import): what started it, how far it has got, and what
 * it did: objects created, updated, unchanged and withdrawn, conflicts found and errors.
 */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    /** What started a run. */
    public enum Trigger {
        SCHEDULE, MANUAL, IMPORT, REFRESH
    }

    /** Where a run is. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_id")
    private Peer peer;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 20)
    private Trigger trigger;

    @Column(name = "started_by", length = 200)
    private String startedBy;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant started;

    @Convert(converter = InstantConverter.class)
    private Instant finished;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.RUNNING;

    @Column(name = "from_position", nullable = false)
    private long fromPosition;

    @Column(nullable = false)
    private long position;

    private Long head;

    @Column(nullable = false)
    private int pages;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "withdrawn_count", nullable = false)
    private int withdrawn;

    @Column(name = "conflict_count", nullable = false)
    private int conflicts;

    @Column(name = "error_count", nullable = false)
    private int errors;

    @Column(length = 4000)
    private String message;

    protected SyncRun() {
    }

    SyncRun(Peer peer, Trigger trigger, String startedBy, long from, Instant now) {
        this.peer = peer;
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.fromPosition = from;
        this.position = from;
        this.started = now;
    }

    public Long getId() {
        return id;
    }

    public Peer getPeer() {
        return peer;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStarted() {
        return started;
    }

    public Optional<Instant> getFinished() {
        return Optional.ofNullable(finished);
    }

    public State getState() {
        return state;
    }

    public long getFromPosition() {
        return fromPosition;
    }

    public long getPosition() {
        return position;
    }

    public Optional<Long> getHead() {
        return Optional.ofNullable(head);
    }

    /** The share of the feed read so far, 0 to 100, while the head is known. */
    public int getProgress() {
        if (state != State.RUNNING) {
            return 100;
        }
        if (head == null || head <= fromPosition) {
            return 0;
        }
        return (int) Math.min(100, (position - fromPosition) * 100 / (head - fromPosition));
    }

    public int getPages() {
        return pages;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getWithdrawn() {
        return withdrawn;
    }

    public int getConflicts() {
        return conflicts;
    }

    public int getErrors() {
        return errors;
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }

    /** How long the run took, or has taken so far. */
    public Duration duration(Instant now) {
        return Duration.between(started, finished != null ? finished : now);
    }

    void page(PageResult result, long newPosition, Long newHead) {
        pages++;
        created += result.created();
        updated += result.updated();
        unchanged += result.unchanged();
        withdrawn += result.withdrawn();
        conflicts += result.conflicts();
        errors += result.errors().size();
        position = Math.max(position, newPosition);
        if (newHead != null) {
            head = newHead;
        }
        if (!result.errors().isEmpty()) {
            note(String.join("\n", result.errors()));
        }
    }

    void finish(State end, String note, Instant now) {
        this.state = end;
        this.finished = now;
        if (note != null) {
            note(note);
        }
    }

    private void note(String text) {
        String joined = message == null ? text : message + "\n" + text;
        message = joined.length() <= 4000 ? joined : joined.substring(0, 3997) + "...";
    }
}
