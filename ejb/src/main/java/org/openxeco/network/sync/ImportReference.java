package org.openxeco.network.sync;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something a copy refers to that is not on this node yet, kept by URI: a taxonomy concept
 * ({@link Role#TAG}) or an entity in one of an article's roles. It becomes a real link as
 * soon as the concept or entity arrives, and is never dropped meanwhile.
 */
@Entity
@Table(name = "import_reference")
public class ImportReference {

    /** What the target is to the copy. */
    public enum Role {
        TAG, RELATED, HIRING, PROVIDER
    }

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(name = "owner_uuid", nullable = false, length = 36)
    private String ownerUuid;

    // Mapped so that the copy's row is written before the references to it.
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "owner_uuid", insertable = false, updatable = false)
    private ImportedCopy owner;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "target_uri", nullable = false, length = 1000)
    private String targetUri;

    @Column(length = 1000)
    private String label;

    @Column(name = "scheme_uri", length = 1000)
    private String schemeUri;

    protected ImportReference() {
    }

    ImportReference(ImportedCopy owner, Role role, String targetUri, String label,
            String schemeUri) {
        this.owner = owner;
        this.ownerUuid = owner.getObjectUuid().toString();
        this.role = role;
        this.targetUri = targetUri;
        this.label = label == null || label.length() <= 1000 ? label : label.substring(0, 1000);
        this.schemeUri = schemeUri;
    }

    public UUID getOwnerUuid() {
        return UUID.fromString(ownerUuid);
    }

    public Role getRole() {
        return role;
    }

    public String getTargetUri() {
        return targetUri;
    }

    public String getLabel() {
        return label;
    }

    public String getSchemeUri() {
        return schemeUri;
    }
}
