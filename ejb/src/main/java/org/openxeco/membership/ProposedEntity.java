package org.openxeco.membership;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.directory.OrganisationKind;

/** The main fields of an entity a member proposes to add to the directory. */
@Embeddable
public class ProposedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 300)
    @Column(name = "proposed_name", length = 300)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_kind", length = 30)
    private OrganisationKind kind;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{openxeco.country.pattern}")
    @Column(name = "proposed_country", length = 2)
    private String countryCode;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}")
    @Column(name = "proposed_website", length = 2000)
    private String website;

    @Email
    @Size(max = 254)
    @Column(name = "proposed_email", length = 254)
    private String email;

    @Size(max = 4000)
    @Column(name = "proposed_description", length = 4000)
    private String description;

    public ProposedEntity() {
    }

    public ProposedEntity(String name, OrganisationKind kind, String countryCode,
            String website, String email, String description) {
        this.name = name;
        this.kind = kind;
        this.countryCode = countryCode;
        this.website = website;
        this.email = email;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public String getDescription() {
        return description;
    }
}
