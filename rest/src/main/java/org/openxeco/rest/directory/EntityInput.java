package org.openxeco.rest.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonValue;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputErrors;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.TagInputs;
import org.openxeco.rest.platform.AnsweredAs;
import org.openxeco.taxonomy.TagTexts;

/** The body of a create or update of an entity. Enum values are checked with field names. */
@AnsweredAs(EntityView.class)
public class EntityInput {

    public Long version;
    public String name;
    public String legalName;
    public String kind;
    public String status;
    public String description;
    public List<String> websites;
    public String email;
    public String phone;
    public String logoUrl;
    public List<AddressInput> addresses;
    public List<IdentifierInput> identifiers;
    /** Taxonomy values by id, or as the API answers with them. */
    public List<JsonValue> tags;

    /** A postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
    public static class AddressInput {
        public String street;
        public String postalCode;
        public String city;
        public String region;
        public String country;
    }

    /** An identifier in an outside registry. */
    public static class IdentifierInput {
        public String scheme;
        public String value;
    }

    /** The entity described by this input; each field that cannot be read is an error kept. */
    public Organisation toOrganisation(InputErrors found) {
        List<FieldError> errors = new ArrayList<>();
        Organisation organisation = new Organisation();
        organisation.setName(name);
        organisation.setLegalName(legalName);
        organisation.setKind(kind == null ? OrganisationKind.OTHER
                : Inputs.read(() -> ApiEnums.parse(OrganisationKind.class, kind, "kind"), errors));
        organisation.setStatus(status == null ? OrganisationStatus.ACTIVE
                : Inputs.read(() -> ApiEnums.parse(OrganisationStatus.class, status, "status"), errors));
        organisation.setDescription(description);
        organisation.setWebsites(websites == null ? List.of() : websites);
        organisation.setEmail(email);
        organisation.setPhone(phone);
        organisation.setLogoUrl(logoUrl);

        List<Address> addressList = new ArrayList<>();
        for (int i = 0; addresses != null && i < addresses.size(); i++) {
            AddressInput a = addresses.get(i);
            if (a == null) {
                errors.add(new FieldError("addresses[" + i + "]", "must not be null"));
            } else {
                addressList.add(new Address(a.street, a.postalCode, a.city, a.region, a.country));
            }
        }
        organisation.setAddresses(addressList);

        List<Identifier> identifierList = new ArrayList<>();
        for (int i = 0; identifiers != null && i < identifiers.size(); i++) {
            IdentifierInput id = identifiers.get(i);
            String field = "identifiers[" + i + "]";
            if (id == null || id.scheme == null) {
                errors.add(new FieldError(field + ".scheme", "must not be null"));
                continue;
            }
            IdentifierScheme scheme = Inputs.read(() -> ApiEnums.parse(IdentifierScheme.class,
                    id.scheme, field + ".scheme"), errors);
            identifierList.add(new Identifier(scheme, id.value));
        }
        organisation.setIdentifiers(identifierList);

        found.addAll(errors);
        return organisation;
    }

    /**
     * The tag UUIDs; each unknown one is an error kept. Tags may also be given as CSV
     * files write them.
     */
    public List<UUID> tagIds(TagTexts texts, InputErrors found) {
        return TagInputs.ids(tags, "tags", texts, found);
    }
}
