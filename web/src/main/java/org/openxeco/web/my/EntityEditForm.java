package org.openxeco.web.my;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openxeco.directory.Address;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.membership.EntityEdit;

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
    private final List<Line> websites = new ArrayList<>();
    private final List<Line> addresses = new ArrayList<>();

    /** One row of a list in the form: a website, or an address's five parts. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String url;
        private String street;
        private String postalCode;
        private String city;
        private String region;
        private String countryCode;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = countryCode;
        }
    }

    static EntityEditForm of(EntityEdit edit) {
        EntityEditForm form = new EntityEditForm();
        form.name = edit.name();
        form.legalName = edit.legalName();
        form.kind = edit.kind();
        form.description = edit.description();
        form.email = edit.email();
        form.phone = edit.phone();
        form.logoHash = edit.logoHash();
        for (String url : edit.websites()) {
            Line line = new Line();
            line.url = url;
            form.websites.add(line);
        }
        for (Address a : edit.addresses()) {
            Line line = new Line();
            line.street = a.getStreet();
            line.postalCode = a.getPostalCode();
            line.city = a.getCity();
            line.region = a.getRegion();
            line.countryCode = a.getCountryCode();
            form.addresses.add(line);
        }
        return form;
    }

    EntityEdit toEdit() {
        return new EntityEdit(name, blank(legalName), kind, blank(description), blank(email),
                blank(phone), websites.stream().map(l -> blank(l.url)).filter(u -> u != null)
                .toList(), addresses.stream().map(l -> new Address(blank(l.street),
                        blank(l.postalCode), blank(l.city), blank(l.region),
                        l.countryCode == null ? null
                                : l.countryCode.strip().toUpperCase(Locale.ROOT))).toList(),
                logoHash);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<Line> getWebsites() {
        return websites;
    }

    public List<Line> getAddresses() {
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
