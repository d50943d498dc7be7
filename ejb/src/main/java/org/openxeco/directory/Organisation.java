package org.openxeco.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.audit.AuditFields;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.SortKeys;
import org.openxeco.kernel.ImportableObject;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * An organisation of the ecosystem (an "entity" in the portals and the API): company,
 * public body, NGO, academic institution or other.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends ImportableObject {

    static final int NAME_MAX = 300;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Size(max = NAME_MAX)
    @Column(name = "legal_name")
    private String legalName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind = OrganisationKind.OTHER;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @Size(max = 100000)
    private String description;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 50)
    @Pattern(regexp = "[+0-9 ().\\-/]*", message = "{openxeco.phone.pattern}")
    private String phone;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}")
    @Column(name = "logo_url")
    private String logoUrl;

    // The stored logo image (a media hash); changed only through OrganisationService.setLogo,
    // so updates of the other fields keep it. Not a relation: a list must not load images.
    @Column(name = "logo_hash", length = 64)
    private String logoHash;

    @Size(max = 20)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_website",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    private List<@NotBlank @Size(max = 2000)
            @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}") String> websites =
            new ArrayList<>();

    @Valid
    @Size(max = 20)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_address",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<@NotNull Address> addresses = new ArrayList<>();

    @Valid
    @Size(max = 20)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_identifier",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<@NotNull Identifier> identifiers = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "organisation_tag",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "value_id"))
    private Set<TaxonomyValue> tags = new LinkedHashSet<>();

    private Boolean shared;

    // Derived from the other fields before every write, whichever path the write takes.
    @Column(name = "search_text", length = SearchText.MAX)
    private String searchText;

    public Organisation() {
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.ENTITY;
    }

    /** Whether anonymous visitors and peers may see this entity. */
    public boolean isPublic() {
        return status == OrganisationStatus.ACTIVE;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = SearchText.of(this);
    }

    /** The folded text that the public directory's search matches. */
    public String getSearchText() {
        return searchText;
    }

    /** Copies every editable field (not identity, tags or tracking) from another instance. */
    void copyFieldsFrom(Organisation other) {
        setName(other.name);
        legalName = other.legalName;
        kind = other.kind;
        status = other.status;
        description = other.description;
        email = other.email;
        phone = other.phone;
        logoUrl = other.logoUrl;
        websites = new ArrayList<>(other.websites);
        addresses = new ArrayList<>(other.addresses);
        identifiers = new ArrayList<>(other.identifiers);
        shared = other.shared;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.sortKey = SortKeys.of(name, NAME_MAX);
    }

    public String getSortKey() {
        return sortKey;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    /** The hash of the stored logo image, or null when the entity has none. */
    public String getLogoHash() {
        return logoHash;
    }

    public void setLogoHash(String logoHash) {
        this.logoHash = logoHash;
    }

    public List<String> getWebsites() {
        return websites;
    }

    public void setWebsites(List<String> websites) {
        this.websites = new ArrayList<>(websites);
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Address> addresses) {
        this.addresses = new ArrayList<>(addresses);
    }

    public List<Identifier> getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(List<Identifier> identifiers) {
        this.identifiers = new ArrayList<>(identifiers);
    }

    public Set<TaxonomyValue> getTags() {
        return tags;
    }

    public void replaceTags(Set<TaxonomyValue> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    /** Whether this entity is shared with peer nodes; {@code null} follows the type default. */
    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("name", name).put("legalName", legalName)
                .put("kind", kind).put("status", status).put("description", description)
                .put("email", email).put("phone", phone).put("logoUrl", logoUrl).put("logo", logoHash)
                .list("websites", websites, w -> w)
                .list("addresses", addresses, Organisation::describe)
                .list("identifiers", identifiers, i -> i.getScheme() + ":" + i.getValue())
                .set("tags", tags, TaxonomyValue::reference).put("shared", shared).build();
    }

    private static String describe(Address a) {
        return java.util.stream.Stream.of(a.getStreet(), a.getPostalCode(), a.getCity(),
                a.getRegion(), a.getCountryCode()).filter(v -> v != null && !v.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
