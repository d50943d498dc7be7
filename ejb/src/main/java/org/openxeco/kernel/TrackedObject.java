package org.openxeco.kernel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.openxeco.audit.Audited;

/**
 * Base of every object a node publishes: a UUID that travels, an internal numeric key
 * that never leaves the node, timestamps, an optimistic-lock version and the node-wide
 * change sequence number of its latest change.
 */
@MappedSuperclass
public abstract class TrackedObject implements Audited {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    // Given on first use (time-ordered, NewUuids) rather than in a field initialiser, so that
    // objects read from the database do not each draw a UUID only to have it overwritten.
    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String uuid;

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    @Column(name = "change_seq", nullable = false)
    private long changeSeq;

    protected TrackedObject() {
    }

    /** The type under which this object appears in change feeds and tombstones. */
    public abstract ObjectType objectType();

    @Override
    public String auditType() {
        return objectType().name();
    }

    public UUID getUuid() {
        if (uuid == null) {
            uuid = NewUuids.nextText();
        }
        return UUID.fromString(uuid);
    }

    /** Fixes the UUID before the object is first stored (bundled and imported objects). */
    public void assignUuid(UUID value) {
        if (id != null) {
            throw new IllegalStateException("The UUID of a stored object never changes");
        }
        this.uuid = value.toString();
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }

    public long getChangeSeq() {
        return changeSeq;
    }

    public boolean isStored() {
        return id != null;
    }

    void stamp(long sequence, Instant now) {
        getUuid();
        if (created == null) {
            created = now;
        }
        updated = now;
        changeSeq = sequence;
    }
}
