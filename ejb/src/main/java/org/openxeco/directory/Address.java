package org.openxeco.directory;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address of an entity; the country is an ISO 3166-1 alpha-2 code. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 300)
    private String street;

    @Size(max = 30)
    @Column(name = "postal_code")
    private String postalCode;

    @Size(max = 200)
    private String city;

    @Size(max = 200)
    private String region;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{openxeco.country.pattern}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    protected Address() {
    }

    public Address(String street, String postalCode, String city, String region,
            String countryCode) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.region = region;
        this.countryCode = countryCode;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
