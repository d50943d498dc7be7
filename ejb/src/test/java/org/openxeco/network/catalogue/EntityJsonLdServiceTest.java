package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.openxeco.network.catalogue.CatalogueWire.assertCommon;
import static org.openxeco.network.catalogue.CatalogueWire.byName;
import static org.openxeco.network.catalogue.CatalogueWire.read;
import static org.openxeco.network.catalogue.CatalogueWire.served;
import static org.openxeco.network.catalogue.CatalogueWire.strings;
import static org.openxeco.network.catalogue.CatalogueWire.texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.media.ImageSamples;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** Entities as the catalogue serves them, read back with JSON-P and {@link CatalogueReader}. */
class EntityJsonLdServiceTest {

    private static CatalogueTesting node;

    @BeforeAll
    static void start() {
        node = new CatalogueTesting();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anEntityIsAnOrganizationWithItsFieldsTagsAndIdentifiers() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("sec"));
        TaxonomyValue tag = node.value(scheme, "CYB", null,
                Map.of("en", "Cybersecurity", "fr", "Cybersécurité"));
        Organisation data = Fixtures.organisation(CatalogueTesting.marker("Acme"), "LU");
        data.setLegalName("Acme S.A.");
        data.setDescription("<p>We <b>secure</b> things &amp; more.</p>");
        data.setEmail("info@acme.example.org");
        data.setPhone("+352 123 456");
        data.setWebsites(List.of("https://acme.example.org", "https://acme.example.com"));
        data.setLogoUrl("https://acme.example.org/logo.png");
        data.setAddresses(List.of(new Address("1 Main Street", "1234", "Town", "Centre", "LU")));
        data.setIdentifiers(List.of(new Identifier(IdentifierScheme.VAT, "LU12345678"),
                new Identifier(IdentifierScheme.TRADE_REGISTER, "B123")));
        Organisation saved = node.admin(() -> node.services.organisations.create(data,
                List.of(tag.getUuid())));

        JsonObject json = served(node.entities(byName(saved.getName())), node.uri(saved));
        assertCommon(json, "Corporation", node.uri(saved), saved.getUuid(), saved.getUpdated(),
                saved.getChangeSeq(), true);
        assertEquals(saved.getName(), json.getString("name"));
        assertEquals("Acme S.A.", json.getString("legalName"));
        assertEquals(saved.getDescription(), json.getString("description"));
        assertEquals("info@acme.example.org", json.getString("email"));
        assertEquals("+352 123 456", json.getString("telephone"));
        assertEquals("https://acme.example.org", json.getString("url"));
        assertEquals(List.of("https://acme.example.com"), strings(json.getJsonArray("sameAs")));
        assertEquals("https://acme.example.org/logo.png", json.getString("logo"));
        JsonObject address = json.getJsonArray("address").getJsonObject(0);
        assertEquals(Map.of("@type", "PostalAddress", "streetAddress", "1 Main Street",
                "postalCode", "1234", "addressLocality", "Town", "addressRegion", "Centre",
                "addressCountry", "LU"), texts(address));
        JsonArray identifiers = json.getJsonArray("identifier");
        assertEquals(saved.getUuid().toString(), identifiers.getString(0));
        assertEquals(Map.of("@type", "PropertyValue", "propertyID", "vat", "value",
                "LU12345678"), texts(identifiers.getJsonObject(1)));
        assertEquals(Map.of("@type", "PropertyValue", "propertyID", "trade-register",
                "value", "B123"), texts(identifiers.getJsonObject(2)));
        assertEquals(Map.of("@type", "DefinedTerm", "@id", node.uri(tag), "name",
                "Cybersecurity", "termCode", "CYB", "inDefinedTermSet",
                node.services.uris.taxonomy(scheme.getUuid())),
                texts(json.getJsonArray("keywords").getJsonObject(0)));

        CatalogueItem item = read(node.entities(byName(saved.getName())), node.uri(saved));
        assertEquals(new CatalogueItem(node.uri(saved), "Corporation", saved.getName(),
                "We secure things & more.", Optional.of(saved.getUpdated()),
                List.of(new CatalogueItem.Tag(node.uri(tag), "Cybersecurity")),
                Optional.of("https://acme.example.org/logo.png")), item);
    }

    @Test
    void eachKindOfEntityHasItsSchemaOrgTypeAndEmptyFieldsAreLeftOut() {
        Map<OrganisationKind, String> expected = Map.of(OrganisationKind.COMPANY, "Corporation",
                OrganisationKind.PUBLIC_BODY, "GovernmentOrganization",
                OrganisationKind.NGO, "NGO",
                OrganisationKind.ACADEMIC, "EducationalOrganization",
                OrganisationKind.OTHER, "Organization");
        for (OrganisationKind kind : OrganisationKind.values()) {
            Organisation data = new Organisation();
            data.setName(CatalogueTesting.marker("Kind"));
            data.setKind(kind);
            Organisation saved = node.admin(() -> node.services.organisations.create(data,
                    List.of()));

            JsonObject json = served(node.entities(byName(saved.getName())), node.uri(saved));
            assertEquals(expected.get(kind), json.getString("@type"));
            assertEquals(saved.getUuid().toString(), json.getString("identifier"));
            for (String absent : List.of("legalName", "description", "email", "telephone",
                    "url", "sameAs", "logo", "address", "keywords")) {
                assertFalse(json.containsKey(absent), absent + " of " + kind);
            }
            CatalogueItem item = read(node.entities(byName(saved.getName())), node.uri(saved));
            assertEquals("", item.description());
            assertEquals(List.of(), item.tags());
            assertEquals(Optional.empty(), item.image());
        }
    }

    @Test
    void aStoredLogoIsServedFromThisNodesMediaAddress() {
        Organisation saved = node.entity(CatalogueTesting.marker("Logo"));
        String hash = node.admin(() -> node.services.media.store(ImageSamples.png(77),
                "logo.png")).getHash();
        node.admin(() -> node.services.organisations.setLogo(saved.getUuid(),
                saved.getVersion(), hash));

        String logo = Services.BASE_URL + "/media/" + hash;
        assertEquals(logo, served(node.entities(byName(saved.getName())), node.uri(saved))
                .getString("logo"));
        assertEquals(Optional.of(logo), read(node.entities(byName(saved.getName())),
                node.uri(saved)).image());
    }

}
