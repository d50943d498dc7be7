package org.openxeco.membership;

import java.io.Serializable;
import java.util.List;

import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;

/**
 * The fields of an entity a member may change: names, kind, description, contacts
 * (e-mail, phone, websites), addresses and the logo. Status, tags, identifiers and
 * network sharing stay with the administrators.
 */
public record EntityEdit(String name, String legalName, OrganisationKind kind,
        String description, String email, String phone, List<String> websites,
        List<Address> addresses, String logoHash) implements Serializable {

    /** The names of the audit fields these values cover, for diffs. */
    public static final List<String> FIELDS = List.of("name", "legalName", "kind",
            "description", "email", "phone", "websites", "addresses", "logo");

    public EntityEdit {
        websites = websites == null ? List.of() : List.copyOf(websites);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** The current values of an entity. */
    public static EntityEdit of(Organisation o) {
        return new EntityEdit(o.getName(), o.getLegalName(), o.getKind(), o.getDescription(),
                o.getEmail(), o.getPhone(), o.getWebsites(), o.getAddresses(), o.getLogoHash());
    }

    /** Writes these values onto an entity, leaving its other fields alone. */
    public void applyTo(Organisation o) {
        o.setName(name);
        o.setLegalName(legalName);
        o.setKind(kind);
        o.setDescription(description);
        o.setEmail(email);
        o.setPhone(phone);
        o.setWebsites(websites);
        o.setAddresses(addresses);
        o.setLogoHash(logoHash);
    }

    /** The same values with the description replaced, e.g. by its sanitised form. */
    EntityEdit withDescription(String newDescription) {
        return new EntityEdit(name, legalName, kind, newDescription, email, phone, websites,
                addresses, logoHash);
    }
}
