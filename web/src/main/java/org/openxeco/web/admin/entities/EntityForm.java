package org.openxeco.web.admin.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.web.ui.EntityRows.AddressRow;
import org.openxeco.web.admin.entities.FormRows.IdentifierRow;
import org.openxeco.web.ui.EntityRows.WebsiteRow;

/**
 * What the entity editor shows and the person types, kept apart from the stored entity so a
 * refused save leaves every typed value on screen.
 */
public class EntityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three choices of network sharing: the node's default, shared, or not shared. */
    static final String SHARING_DEFAULT = "default";

    private String name;
    private String legalName;
    private OrganisationKind kind = OrganisationKind.COMPANY;
    private OrganisationStatus status = OrganisationStatus.ACTIVE;
    private String description;
    private String email;
    private String phone;
    private String logoUrl;
    private String sharing = SHARING_DEFAULT;
    private final List<WebsiteRow> websites = new ArrayList<>();
    private final List<AddressRow> addresses = new ArrayList<>();
    private final List<IdentifierRow> identifiers = new ArrayList<>();

    static EntityForm of(Organisation o) {
        EntityForm form = new EntityForm();
        form.name = o.getName();
        form.legalName = o.getLegalName();
        form.kind = o.getKind();
        form.status = o.getStatus();
        form.description = o.getDescription();
        form.email = o.getEmail();
        form.phone = o.getPhone();
        form.logoUrl = o.getLogoUrl();
        form.sharing = o.getShared() == null ? SHARING_DEFAULT : o.getShared().toString();
        o.getWebsites().forEach(w -> form.websites.add(new WebsiteRow(w)));
        o.getAddresses().forEach(a -> form.addresses.add(AddressRow.of(a)));
        o.getIdentifiers().forEach(i -> form.identifiers.add(IdentifierRow.of(i)));
        return form;
    }

    /** A new, unsaved entity carrying the typed values. */
    Organisation toOrganisation() {
        Organisation o = new Organisation();
        o.setName(name);
        o.setLegalName(blankToNull(legalName));
        o.setKind(kind);
        o.setStatus(status);
        o.setDescription(blankToNull(description));
        o.setEmail(blankToNull(email));
        o.setPhone(blankToNull(phone));
        o.setLogoUrl(logoUrl);
        o.setShared(SHARING_DEFAULT.equals(sharing) || sharing == null ? null
                : Boolean.valueOf(sharing));
        o.setWebsites(websites.stream().map(WebsiteRow::getUrl).map(EntityForm::blankToNull)
                .filter(w -> w != null).toList());
        o.setAddresses(addresses.stream().map(AddressRow::toAddress).toList());
        o.setIdentifiers(identifiers.stream().map(IdentifierRow::toIdentifier).toList());
        return o;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<WebsiteRow> getWebsites() {
        return websites;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public List<IdentifierRow> getIdentifiers() {
        return identifiers;
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

    public String getSharing() {
        return sharing;
    }

    public void setSharing(String sharing) {
        this.sharing = sharing;
    }
}
