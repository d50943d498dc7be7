package org.openxeco.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/** One change of one object by one actor. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 20)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "object_type", nullable = false, length = 30)
    private String objectType;

    @Column(name = "object_uuid", nullable = false, length = 36)
    private String objectUuid;

    @Column(name = "object_label", length = 500)
    private String objectLabel;

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String channel, AuditAction action, Audited object,
            List<FieldChange> changes) {
        this.at = at;
        this.actor = actor;
        this.channel = channel;
        this.action = action;
        this.objectType = object.auditType();
        this.objectUuid = object.getUuid().toString();
        String label = object.auditLabel();
        this.objectLabel = label == null || label.length() <= 500 ? label
                : label.substring(0, 499) + "\u2026";
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getChannel() {
        return channel;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public UUID getObjectUuid() {
        return UUID.fromString(objectUuid);
    }

    public String getObjectLabel() {
        return objectLabel;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }
}
