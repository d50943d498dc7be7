package org.openxeco.web.ui;

import java.io.Serializable;
import java.util.Locale;

import org.openxeco.directory.Address;

/**
 * The list rows of an entity form, shared by the administrators' entity editor and the
 * members' one: a website and a postal address, as typed until the form is saved.
 */
public final class EntityRows {

    private EntityRows() {
    }

    /** One website address. */
    public static class WebsiteRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String url;

        public WebsiteRow() {
        }

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

        public static AddressRow of(Address address) {
            AddressRow row = new AddressRow();
            row.street = address.getStreet();
            row.postalCode = address.getPostalCode();
            row.city = address.getCity();
            row.region = address.getRegion();
            row.countryCode = address.getCountryCode();
            return row;
        }

        /** The address as typed, with the country code upper-cased. */
        public Address toAddress() {
            return new Address(street, postalCode, city, region, country());
        }

        /** The address with blank parts as none and the others stripped. */
        public Address toTrimmedAddress() {
            return new Address(blank(street), blank(postalCode), blank(city), blank(region),
                    country());
        }

        private String country() {
            return countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
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

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
