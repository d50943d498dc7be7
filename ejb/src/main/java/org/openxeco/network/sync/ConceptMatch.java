package org.openxeco.network.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.openxeco.audit.AuditFields;
import org.openxeco.audit.Audited;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * A peer's concept that an administrator mapped onto a local taxonomy value instead of
 * importing a copy of it: objects tagged with the concept get the local value, and the
 * local value names the concept as its {@code skos:exactMatch}.
 */
@Entity
@Table(name = "concept_match")
public class ConceptMatch implements Audited {

    @Id
    @Column(name = "concept_uri", length = 1000)
    private String conceptUri;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "value_id", nullable = false)
    private TaxonomyValue value;

    @Column(name = "mapped_by", nullable = false, length = 200)
    private String mappedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "mapped_at", nullable = false)
    private Instant mappedAt;

    protected ConceptMatch() {
    }

    ConceptMatch(String conceptUri, TaxonomyValue value, String mappedBy, Instant mappedAt) {
        this.conceptUri = conceptUri;
        remap(value, mappedBy, mappedAt);
    }

    void remap(TaxonomyValue to, String by, Instant at) {
        this.value = to;
        this.mappedBy = by.length() <= 200 ? by : by.substring(0, 200);
        this.mappedAt = at;
    }

    public String getConceptUri() {
        return conceptUri;
    }

    public TaxonomyValue getValue() {
        return value;
    }

    public String getMappedBy() {
        return mappedBy;
    }

    public Instant getMappedAt() {
        return mappedAt;
    }

    @Override
    public String auditType() {
        return "CONCEPT_MATCH";
    }

    /** A UUID derived from the concept URI, so the audit log keeps one history per concept. */
    @Override
    public UUID getUuid() {
        return UUID.nameUUIDFromBytes(conceptUri.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String auditLabel() {
        return conceptUri;
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("conceptUri", conceptUri)
                .put("value", value == null ? null : value.reference())
                .put("valueUuid", value == null ? null : value.getUuid().toString())
                .build();
    }
}
