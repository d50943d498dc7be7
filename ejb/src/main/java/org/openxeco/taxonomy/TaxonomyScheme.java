package org.openxeco.taxonomy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.audit.AuditFields;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.TrackedObject;

/**
 * A classification scheme such as NACE or a country list: a code unique on the node,
 * labels per language, the object types it may tag and whether one or several of its
 * values may be chosen.
 */
@Entity
@Table(name = "taxonomy_scheme")
public class TaxonomyScheme extends TrackedObject {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9][a-z0-9_.-]*", message = "{openxeco.code.pattern}")
    @Column(nullable = false, unique = true)
    private String code;

    @Size(max = 1000)
    @Column(name = "canonical_uri")
    private String canonicalUri;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "taxonomy_scheme_label", joinColumns = @JoinColumn(name = "scheme_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "label", nullable = false)
    private Map<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String,
            @NotBlank @Size(max = 500) String> labels = new LinkedHashMap<>();

    @Size(max = 4000)
    private String description;

    @Column(name = "multiple_choice", nullable = false)
    private boolean multipleChoice = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "taxonomy_scheme_target", joinColumns = @JoinColumn(name = "scheme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false)
    private Set<ObjectType> targets = EnumSet.noneOf(ObjectType.class);

    @Size(max = 1000)
    private String source;

    @Size(max = 1000)
    private String licence;

    public TaxonomyScheme() {
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.TAXONOMY;
    }

    /** The label in the given language, falling back to English, then to any, then the code. */
    public String label(String lang) {
        return Labels.pick(labels, lang, code);
    }

    /** Whether values of this scheme may tag objects of the given type. */
    public boolean mayTag(ObjectType type) {
        return targets.contains(type);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCanonicalUri() {
        return canonicalUri;
    }

    public void setCanonicalUri(String canonicalUri) {
        this.canonicalUri = canonicalUri;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = new LinkedHashMap<>(labels);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMultipleChoice() {
        return multipleChoice;
    }

    public void setMultipleChoice(boolean multipleChoice) {
        this.multipleChoice = multipleChoice;
    }

    public Set<ObjectType> getTargets() {
        return targets;
    }

    public void setTargets(Set<ObjectType> targets) {
        this.targets = targets.isEmpty() ? EnumSet.noneOf(ObjectType.class) : EnumSet.copyOf(targets);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    @Override
    public String auditLabel() {
        return code;
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("code", code).map("labels", labels)
                .put("description", description).put("multipleChoice", multipleChoice)
                .set("targets", targets, ObjectType::name).put("source", source)
                .put("licence", licence).put("canonicalUri", canonicalUri).build();
    }
}
