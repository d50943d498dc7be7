package org.openxeco.network.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * A field of a copy changed both here and at its origin since the last sync, with both
 * values in the text form of {@link CopyFields}, until an admin resolves it.
 */
@Entity
@Table(name = "sync_conflict")
public class SyncConflict {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(name = "object_uuid", nullable = false, length = 36)
    private String objectUuid;

    // Mapped so that the copy's row is written before its conflicts.
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "object_uuid", insertable = false,
            updatable = false)
    private ImportedCopy copy;

    @Column(nullable = false, length = 100)
    private String field;

    @Column(name = "local_value", length = 100000)
    private String localValue;

    @Column(name = "remote_value", length = 100000)
    private String remoteValue;

    @Convert(converter = InstantConverter.class)
    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    protected SyncConflict() {
    }

    SyncConflict(ImportedCopy copy, String field, String localValue, String remoteValue,
            Instant at) {
        this.copy = copy;
        this.objectUuid = copy.getObjectUuid().toString();
        this.field = field;
        this.localValue = localValue;
        this.remoteValue = remoteValue;
        this.detectedAt = at;
    }

    public Long getId() {
        return id;
    }

    public UUID getObjectUuid() {
        return UUID.fromString(objectUuid);
    }

    public String getField() {
        return field;
    }

    public String getLocalValue() {
        return localValue;
    }

    public String getRemoteValue() {
        return remoteValue;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    void update(String local, String remote, Instant at) {
        this.localValue = local;
        this.remoteValue = remote;
        this.detectedAt = at;
    }
}
