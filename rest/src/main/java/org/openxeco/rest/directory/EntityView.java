package org.openxeco.rest.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.TagView;

/** An entity on the wire. */
@JsonbPropertyOrder({"id", "uri", "version", "created", "updated", "name", "legalName",
        "kind", "status", "description", "websites", "email", "phone", "logoUrl", "addresses",
        "identifiers", "tags", "logo", "origin"})
public record EntityView(UUID id, String uri, long version, Instant created, Instant updated,
        String name, String legalName, String kind, String status, String description,
        List<String> websites, String email, String phone, String logoUrl,
        List<AddressView> addresses, List<IdentifierView> identifiers, List<TagView> tags,
        String logo, String origin) {

    /** A postal address on the wire. */
    public record AddressView(String street, String postalCode, String city, String region,
            String country) {
    }

    /** An outside identifier on the wire. */
    public record IdentifierView(String scheme, String value) {
    }

    public static EntityView of(Organisation o, NodeUris uris) {
        return new EntityView(o.getUuid(), uris.entity(o.getUuid()), o.getVersion(),
                o.getCreated(), o.getUpdated(), o.getName(), o.getLegalName(),
                ApiEnums.name(o.getKind()), ApiEnums.name(o.getStatus()), o.getDescription(),
                List.copyOf(o.getWebsites()), o.getEmail(), o.getPhone(), o.getLogoUrl(),
                o.getAddresses().stream().map(a -> new AddressView(a.getStreet(),
                        a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountryCode()))
                        .toList(),
                o.getIdentifiers().stream().map(i -> new IdentifierView(
                        ApiEnums.name(i.getScheme()), i.getValue())).toList(),
                TagView.of(o.getTags(), uris),
                o.getLogoHash() == null ? null : uris.baseUrl() + "/media/" + o.getLogoHash(),
                o.getOriginUri().orElse(null));
    }
}
