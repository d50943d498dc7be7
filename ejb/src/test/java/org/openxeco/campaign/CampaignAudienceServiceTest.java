package org.openxeco.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * Whom a campaign reaches: members of entities tagged with a value or its subtree, every
 * member, or an uploaded list; never anyone who unsubscribed. Also the checks of templates
 * and of uploaded lists. On H2, and on PostgreSQL in the second run.
 */
class CampaignAudienceServiceTest {

    private CampaignTesting t;

    @BeforeEach
    void open() {
        t = new CampaignTesting(new Services(), 1);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Set<String> reached(Audience audience, List<UUID> tags, List<String> addresses) {
        return t.services.asAdmin(() -> t.audiences.targets(audience, tags, addresses)).stream()
                .map(Target::address).collect(Collectors.toSet());
    }

    @Test
    void tagAudienceReachesExactlyTheMembersOfActiveEntitiesTaggedInTheValuesSubtree() {
        UUID scheme = t.services.asAdmin(() -> t.services.taxonomies.createScheme(
                Fixtures.scheme("c" + UUID.randomUUID().toString().substring(0, 8),
                        ObjectType.ENTITY))).getUuid();
        TaxonomyValue top = t.value(scheme, "top", null);
        TaxonomyValue leaf = t.value(scheme, "leaf", top);
        TaxonomyValue other = t.value(scheme, "other", null);
        Organisation onLeaf = t.entity(OrganisationStatus.ACTIVE, leaf);
        Organisation onTop = t.entity(OrganisationStatus.ACTIVE, top);
        Organisation onOther = t.entity(OrganisationStatus.ACTIVE, other);
        Organisation inactive = t.entity(OrganisationStatus.INACTIVE, leaf);
        Organisation onBoth = t.entity(OrganisationStatus.ACTIVE, leaf, other);
        String leafMember = t.member("leaf", true, onLeaf);
        String topMember = t.member("top", true, onTop);
        String otherMember = t.member("other", true, onOther);
        t.member("inactive-entity", true, inactive);
        t.member("unsubscribed", false, onLeaf);
        String bothMember = t.member("both", true, onBoth, onLeaf);
        t.member("unattached", true);

        assertEquals(Set.of(leafMember, topMember, bothMember),
                reached(Audience.TAGGED, List.of(top.getUuid()), List.of()));
        assertEquals(Set.of(leafMember, bothMember),
                reached(Audience.TAGGED, List.of(leaf.getUuid()), List.of()));
        assertEquals(Set.of(bothMember), reached(Audience.TAGGED,
                List.of(leaf.getUuid(), other.getUuid()), List.of()),
                "every chosen value, on one entity, as the directory filters");
        assertEquals(Set.of(otherMember, bothMember),
                reached(Audience.TAGGED, List.of(other.getUuid()), List.of()));
        assertEquals(3, t.services.asAdmin(() -> t.audiences.count(new CampaignDraft("s", "b",
                null, Audience.TAGGED, List.of(top.getUuid()), List.of()))));
    }

    @Test
    void everyMemberAudienceLeavesOutWhoDoesNotAcceptCommunication() {
        String accepts = t.member("accepts", true);
        String refuses = t.member("refuses", false);

        Set<String> all = reached(Audience.MEMBERS, List.of(), List.of());

        assertTrue(all.contains(accepts));
        assertFalse(all.contains(refuses));
    }

    @Test
    void listAudienceLeavesOutUnsubscribedAddressesAndAccountsThatRefuse() {
        String refuses = t.member("refuses", false);
        String accepts = t.member("accepts", true);
        t.services.asVisitor(() -> {
            t.services.entityManager().persist(new UnsubscribedAddress("gone@example.org",
                    CampaignTesting.now()));
            return null;
        });

        Set<String> reached = reached(Audience.LIST, List.of(), List.of("Gone@Example.org",
                "new@example.org", refuses, accepts.toUpperCase(), "NEW@example.org"));

        assertEquals(Set.of("new@example.org", accepts.toUpperCase()), reached);
    }

    @Test
    void anUploadedListNamesEachBadLineAndKeepsTheGoodAddresses() {
        AddressList list = AddressList.parse("email,name\r\nada@example.org,Ada\n\n"
                + "not an address\nbob@@example.org\n\"carl@example.org\";Carl\n"
                + "ADA@example.org\nno-at-sign,here\n");

        assertEquals(List.of("ada@example.org", "carl@example.org"), list.addresses());
        assertEquals(List.of("addresses:4", "addresses:5", "addresses:8"),
                list.errors().stream().map(FieldError::field).toList());
        assertEquals("This line holds no e-mail address", list.errors().get(0).message());
        assertEquals("Not a valid e-mail address", list.errors().get(1).message());
    }

    @Test
    void aTemplateWithoutTheContentSlotIsRefusedAndNothingIsStored() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> t.services.asAdmin(() -> t.templates.save(null, 0, "No slot",
                        "<p>Hello</p>")));

        assertEquals(List.of("html"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains(CampaignTemplate.SLOT));
        assertTrue(t.services.asAdmin(() -> t.templates.list()).stream()
                .noneMatch(x -> x.getName().equals("No slot")));
    }

    @Test
    void aTemplateIsSanitisedKeepsItsSlotAndTheStandardOneIsMadeOnFirstUse() {
        assertEquals(List.of(CampaignTemplates.STANDARD_NAME), t.services.asAdmin(
                () -> t.templates.list()).stream().map(CampaignTemplate::getName).toList());

        CampaignTemplate saved = t.services.asAdmin(() -> t.templates.save(null, 0, "Plain",
                "<div style=\"color:red\"><script>alert(1)</script>{{content}}</div>"));

        assertFalse(saved.getHtml().contains("script"));
        assertTrue(saved.getHtml().contains(CampaignTemplate.SLOT));
        assertTrue(saved.getHtml().contains("color:red"));
        assertEquals(List.of("Plain", CampaignTemplates.STANDARD_NAME), t.services.asAdmin(
                () -> t.templates.list()).stream().map(CampaignTemplate::getName).toList());
    }
}
