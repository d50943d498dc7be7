package org.openxeco.taxonomy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
 * One value of a taxonomy tree: a code (the SKOS notation) unique in its scheme, labels per
 * language, an optional parent and a position among its siblings. The materialised path of
 * ancestor UUIDs lets a filter on a value include its whole subtree.
 */
@Entity
@Table(name = "taxonomy_value")
public class TaxonomyValue extends TrackedObject {

    /** Deepest level a tree may reach; the stored path is sized for it. */
    public static final int MAX_DEPTH = 40;

    /**
     * What a code may hold: no spaces or control characters, and a letter, digit or '_'
     * first, so that it reads safely in filters ({@code countries:LU}), URIs and spreadsheets.
     */
    public static final String CODE_PATTERN = "[\\p{L}\\p{N}_][^\\s\\p{Cntrl}]*";

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    private TaxonomyScheme scheme;

    // Eager: the parent is needed wherever a value is shown, and a tree's values are read
    // parents first, so it is found among the values already loaded.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private TaxonomyValue parent;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = CODE_PATTERN, message = "{openxeco.value-code.pattern}")
    @Column(nullable = false)
    private String code;

    @Size(max = 1000)
    @Column(name = "canonical_uri")
    private String canonicalUri;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "taxonomy_value_label", joinColumns = @JoinColumn(name = "value_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "label", nullable = false)
    private Map<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String,
            @NotBlank @Size(max = 1000) String> labels = new LinkedHashMap<>();

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false, length = 2000)
    private String path;

    protected TaxonomyValue() {
    }

    public TaxonomyValue(TaxonomyScheme scheme, String code) {
        this.scheme = scheme;
        this.code = code;
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.TAXONOMY_VALUE;
    }

    /** The label in the given language, falling back to English, then to any, then the code. */
    public String label(String lang) {
        return Labels.pick(labels, lang, code);
    }

    /** Places the value under a parent (or at the root) and recomputes depth and path. */
    void placeUnder(TaxonomyValue newParent, int newPosition) {
        this.parent = newParent;
        this.position = newPosition;
        this.depth = newParent == null ? 1 : newParent.depth + 1;
        this.path = (newParent == null ? "/" : newParent.path) + getUuid() + "/";
    }

    /** Whether the given value is this one or lies in its subtree. */
    public boolean isAncestorOrSelfOf(TaxonomyValue other) {
        return other.path.startsWith(path);
    }

    public TaxonomyScheme getScheme() {
        return scheme;
    }

    public Optional<TaxonomyValue> getParent() {
        return Optional.ofNullable(parent);
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

    public int getPosition() {
        return position;
    }

    public int getDepth() {
        return depth;
    }

    public String getPath() {
        return path;
    }

    /** The value as it appears in tag lists: {@code scheme:code}. */
    public String reference() {
        return scheme.getCode() + ":" + code;
    }

    @Override
    public String auditLabel() {
        return reference();
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("code", code).put("parent",
                parent == null ? null : parent.getCode()).put("position", position)
                .map("labels", labels).put("canonicalUri", canonicalUri).build();
    }
}
