package org.openxeco.web.admin.entities;

import java.io.Serializable;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;

/** The editable rows of the entity form: websites, addresses and identifiers. */
public final class FormRows {

    private FormRows() {
    }

    /** One website address. */
    public static class WebsiteRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String url;

        public WebsiteRow(String url) {
            this.url = url;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** One postal address; the country code is upper-cased on the way out. */
    public static class AddressRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String street;
        private String postalCode;
        private String city;
        private String region;
        private String countryCode;

        static AddressRow of(Address address) {
            AddressRow row = new AddressRow();
            row.street = address.getStreet();
            row.postalCode = address.getPostalCode();
            row.city = address.getCity();
            row.region = address.getRegion();
            row.countryCode = address.getCountryCode();
            return row;
        }

        Address toAddress() {
            return new Address(street, postalCode, city, region,
                    countryCode == null ? null : countryCode.strip().toUpperCase());
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

    /** One identifier in an outside registry. */
    public static class IdentifierRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private IdentifierScheme scheme = IdentifierScheme.OTHER;
        private String value;

        static IdentifierRow of(Identifier identifier) {
            IdentifierRow row = new IdentifierRow();
            row.scheme = identifier.getScheme();
            row.value = identifier.getValue();
            return row;
        }

        Identifier toIdentifier() {
            return new Identifier(scheme, value);
        }

        public IdentifierScheme getScheme() {
            return scheme;
        }

        public void setScheme(IdentifierScheme scheme) {
            this.scheme = scheme;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
