package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.RichText;
import org.openxeco.network.catalogue.SchemaOrgMapping;
import org.openxeco.network.sync.ImportReference.Role;

/**
 * Reads a peer's schema.org Organization into a detached entity, the inverse of
 * {@link SchemaOrgMapping#entity}: the description passes the node's HTML sanitiser, an
 * unknown type is kind "other", an unknown identifier registry "other".
 */
final class EntityReader {

    private EntityReader() {
    }

    static Incoming<Organisation> read(JsonObject item) {
        return read(item, Ld.id(item), Ld.version(item));
    }

    /** Reads an item whose URI and version are given (or absent: null and 0). */
    static Incoming<Organisation> read(JsonObject item, String uri, long version) {
        Organisation o = new Organisation();
        o.setKind(kind(Ld.types(item)));
        o.setStatus(OrganisationStatus.ACTIVE);
        o.setName(Ld.text(item, "name"));
        o.setLegalName(Ld.text(item, "legalName"));
        o.setDescription(RichText.sanitiseContributed(Ld.text(item, "description")));
        o.setEmail(Ld.text(item, "email"));
        o.setPhone(Ld.text(item, "telephone"));
        List<String> websites = new ArrayList<>();
        String url = Ld.text(item, "url");
        if (url != null) {
            websites.add(url);
        }
        websites.addAll(Ld.texts(item, "sameAs"));
        o.setWebsites(websites);
        o.setAddresses(Ld.objects(item, "address").stream().map(EntityReader::address)
                .toList());
        o.setIdentifiers(identifiers(item));
        String logo = Ld.text(item, "logo");
        if (logo == null) {
            logo = Ld.object(item, "logo").map(l -> Ld.text(l, "url")).orElse(null);
        }
        return new Incoming<>(uri, version, o, Terms.of(item), logoSource(logo));
    }

    static OrganisationKind kind(List<String> types) {
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (types.contains(SchemaOrgMapping.organisationType(kind))) {
                return kind;
            }
        }
        return OrganisationKind.OTHER;
    }

    private static Address address(JsonObject a) {
        String country = Ld.text(a, "addressCountry");
        return new Address(Ld.text(a, "streetAddress"), Ld.text(a, "postalCode"),
                Ld.text(a, "addressLocality"), Ld.text(a, "addressRegion"),
                country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static List<Identifier> identifiers(JsonObject item) {
        List<Identifier> identifiers = new ArrayList<>();
        for (JsonValue value : Ld.all(item, "identifier")) {
            if (value instanceof JsonObject p && !(value instanceof JsonString)) {
                String id = Ld.text(p, "value");
                if (id != null) {
                    identifiers.add(new Identifier(scheme(Ld.text(p, "propertyID")), id));
                }
            }
        }
        return identifiers;
    }

    private static IdentifierScheme scheme(String name) {
        if (name == null) {
            return IdentifierScheme.OTHER;
        }
        try {
            return IdentifierScheme.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return IdentifierScheme.OTHER;
        }
    }

    /** The tags of an item: DefinedTerms by concept URI, with their scheme and label. */
    static final class Terms {

        private Terms() {
        }

        static List<Incoming.Ref> of(JsonObject item) {
            List<Incoming.Ref> refs = new ArrayList<>();
            for (JsonObject term : Ld.objects(item, "keywords")) {
                String uri = Ld.text(term, "@id");
                if (uri != null) {
                    refs.add(new Incoming.Ref(Role.TAG, uri, Ld.text(term, "name"),
                            Ld.text(term, "inDefinedTermSet")));
                }
            }
            return refs;
        }
    }

    /**
     * The logo address to fetch, in its ASCII form; none for one that is not an http(s)
     * address or longer than a logo address may be (the object still imports, without it).
     */
    static String logoSource(String logo) {
        if (logo == null) {
            return null;
        }
        try {
            String ascii = new java.net.URI(logo.strip()).toASCIIString();
            return ascii.length() <= ImportedCopy.MAX_LOGO_SOURCE
                    && ascii.regionMatches(true, 0, "http", 0, 4)
                    && (ascii.regionMatches(true, 4, "://", 0, 3)
                    || ascii.regionMatches(true, 4, "s://", 0, 4)) ? ascii : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
