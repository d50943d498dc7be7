package org.openxeco.kernel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What remains in the change feed of a deleted object: its UUID, type, sequence and time. */
@Entity
@Table(name = "tombstone")
public class Tombstone {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String uuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false)
    private ObjectType objectType;

    @Column(name = "change_seq", nullable = false, unique = true)
    private long changeSeq;

    @Convert(converter = InstantConverter.class)
    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected Tombstone() {
    }

    Tombstone(UUID uuid, ObjectType objectType, long changeSeq, Instant deletedAt) {
        this.uuid = uuid.toString();
        this.objectType = objectType;
        this.changeSeq = changeSeq;
        this.deletedAt = deletedAt;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public ObjectType getObjectType() {
        return objectType;
    }

    public long getChangeSeq() {
        return changeSeq;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
