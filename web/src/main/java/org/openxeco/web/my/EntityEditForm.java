package org.openxeco.web.my;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.openxeco.directory.OrganisationKind;
import org.openxeco.membership.EntityEdit;
import org.openxeco.web.ui.EntityRows.AddressRow;
import org.openxeco.web.ui.EntityRows.WebsiteRow;

/** The values of the member's entity editor, as typed, until they are saved. */
public class EntityEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String legalName;
    private OrganisationKind kind;
    private String description;
    private String email;
    private String phone;
    private String logoHash;
    private final List<WebsiteRow> websites = new ArrayList<>();
    private final List<AddressRow> addresses = new ArrayList<>();

    static EntityEditForm of(EntityEdit edit) {
        EntityEditForm form = new EntityEditForm();
        form.name = edit.name();
        form.legalName = edit.legalName();
        form.kind = edit.kind();
        form.description = edit.description();
        form.email = edit.email();
        form.phone = edit.phone();
        form.logoHash = edit.logoHash();
        edit.websites().forEach(url -> form.websites.add(new WebsiteRow(url)));
        edit.addresses().forEach(a -> form.addresses.add(AddressRow.of(a)));
        return form;
    }

    EntityEdit toEdit() {
        return new EntityEdit(name, blank(legalName), kind, blank(description), blank(email),
                blank(phone), websites.stream().map(w -> blank(w.getUrl()))
                .filter(u -> u != null).toList(),
                addresses.stream().map(AddressRow::toTrimmedAddress).toList(), logoHash);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<WebsiteRow> getWebsites() {
        return websites;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getLogoHash() {
        return logoHash;
    }

    public void setLogoHash(String logoHash) {
        this.logoHash = logoHash;
    }
}
