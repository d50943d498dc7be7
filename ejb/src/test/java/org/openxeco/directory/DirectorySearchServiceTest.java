package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TagFacets;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;
import org.openxeco.testing.SqlStatements;

class DirectorySearchServiceTest {

    private static Services services;
    private static DirectorySearch search;

    @BeforeAll
    static void start() {
        services = new Services();
        search = new DirectorySearch();
        search.em = services.entityManager();
        search.taxonomies = services.taxonomies;
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void everyWordMustMatchWhateverTheAccentsAndCase() {
        String marker = Fixtures.unique("Zoë").replace(" ", "");
        Organisation wanted = Fixtures.organisation("Société Générale " + marker, "FR");
        wanted.setDescription("<p>Banque à <b>Paris</b></p>");
        Organisation other = Fixtures.organisation("Société " + marker, "FR");
        store(wanted, List.of());
        store(other, List.of());

        assertEquals(List.of(wanted.getUuid()), uuids(query(marker.toUpperCase()
                .replace("Ë", "E") + " SOCIETE generale")));
        assertEquals(List.of(wanted.getUuid()), uuids(query(marker + " banque paris")));
        assertEquals(2, results(query(marker)).total());
        assertEquals(0, results(query(marker + " lyon")).total());
    }

    @Test
    void anApostropheTypedEitherWayFindsTheSameEntities() {
        String marker = Fixtures.unique("Elision").replace(" ", "");
        Organisation straight = store(Fixtures.organisation("Institut d'Études " + marker,
                "FR"), List.of());
        Organisation curly = store(Fixtures.organisation("École d’Études " + marker,
                "FR"), List.of());

        for (String words : List.of("d'etudes", "d’études", "\"etudes\"")) {
            assertEquals(java.util.Set.of(straight.getUuid(), curly.getUuid()),
                    java.util.Set.copyOf(uuids(query(marker + " " + words))), words);
        }
    }

    @Test
    void citiesCountryNamesAndLegalNamesAreSearched() {
        String marker = Fixtures.unique("Place").replace(" ", "");
        Organisation o = Fixtures.organisation(marker, "DE");
        o.setLegalName("Muster GmbH");
        o.setAddresses(List.of(new Address(null, null, "München", null, "DE")));
        store(o, List.of());

        for (String words : List.of("munchen", "allemagne", "deutschland", "germany",
                "muster gmbh")) {
            assertEquals(List.of(o.getUuid()), uuids(query(marker + " " + words)), words);
        }
    }

    @Test
    void aChangedEntityIsFoundByItsNewTextOnly() {
        String marker = Fixtures.unique("Renamed").replace(" ", "");
        Organisation o = store(Fixtures.organisation(marker + " before", "LU"), List.of());
        Organisation changed = Fixtures.organisation(marker + " after", "LU");
        services.asAdmin(() -> services.organisations.update(o.getUuid(), o.getVersion(),
                changed, List.of()));

        assertEquals(0, results(query(marker + " before")).total());
        assertEquals(1, results(query(marker + " after")).total());
    }

    @Test
    void anEntityWhoseAddressAloneChangedIsFoundByItsNewPlace() {
        String marker = Fixtures.unique("Moved").replace(" ", "");
        Organisation o = store(Fixtures.organisation(marker, "LU"), List.of());
        Organisation moved = Fixtures.organisation(marker, "LU");
        moved.setAddresses(List.of(new Address("2 Quay", "5678", "Differdange", null, "LU")));
        services.asAdmin(() -> services.organisations.update(o.getUuid(), o.getVersion(),
                moved, List.of()));

        assertEquals(1, results(query(marker + " differdange")).total());
        assertEquals(0, results(query(marker + " town")).total());
    }

    @Test
    void inactiveEntitiesAreNeverFoundNorCountedEvenByAdministrators() {
        String marker = Fixtures.unique("Hidden").replace(" ", "");
        Organisation inactive = Fixtures.organisation(marker, "BE");
        inactive.setStatus(OrganisationStatus.INACTIVE);
        store(inactive, List.of());

        DirectoryResults seen = services.asAdmin(() -> search.search(query(marker), 0, 10,
                "en"));
        assertEquals(0, seen.total());
        assertTrue(seen.countries().isEmpty());
        assertTrue(services.asAdmin(() -> search.find(inactive.getUuid())).isEmpty());
    }

    @Test
    void facetCountsAreTheTotalsOfTheNarrowedLists() {
        String marker = Fixtures.unique("Facets").replace(" ", "");
        UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("f" + UUID.randomUUID().toString().substring(0, 8),
                        ObjectType.ENTITY))).getUuid();
        TaxonomyValue top = value(scheme, "top", null);
        TaxonomyValue leaf = value(scheme, "leaf", top.getUuid());
        TaxonomyValue other = value(scheme, "other", null);
        Organisation a = Fixtures.organisation(marker + " a", "FR");
        a.setKind(OrganisationKind.ACADEMIC);
        store(a, List.of(leaf.getUuid()));
        store(Fixtures.organisation(marker + " b", "FR"), List.of(top.getUuid()));
        store(Fixtures.organisation(marker + " c", "LU"), List.of(other.getUuid()));
        store(Fixtures.organisation(marker + " d", "LU"), List.of());

        DirectoryResults all = results(query(marker));
        assertEquals(4, all.total());
        assertEquals(Map.of(OrganisationKind.COMPANY, 3L, OrganisationKind.ACADEMIC, 1L),
                all.kinds());
        assertEquals(Map.of("FR", 2L, "LU", 2L), all.countries());
        TagFacets.Facet facet = facet(all, scheme);
        assertEquals(Map.of("top", 2L, "other", 1L), counts(facet));

        DirectoryQuery narrowed = new DirectoryQuery(Optional.of(marker), Optional.empty(),
                Optional.of("FR"), List.of(top.reference()));
        DirectoryResults inTop = results(narrowed);
        assertEquals(2, inTop.total());
        TagFacets.Facet below = facet(inTop, scheme);
        assertEquals(List.of("top"), below.trail().stream().map(TaxonomyValue::getCode)
                .toList());
        assertEquals(Map.of("leaf", 1L), counts(below));
        assertEquals(1, results(new DirectoryQuery(Optional.of(marker),
                Optional.of(OrganisationKind.ACADEMIC), Optional.empty(),
                List.of(top.reference()))).total());
        assertEquals(0, results(new DirectoryQuery(Optional.of(marker), Optional.empty(),
                Optional.empty(), List.of("nothing:here"))).total());
    }

    @Test
    void aChosenKindOrCountryStillShowsTheCountsOfTheOthers() {
        String marker = Fixtures.unique("Siblings").replace(" ", "");
        Organisation academic = Fixtures.organisation(marker + " a", "FR");
        academic.setKind(OrganisationKind.ACADEMIC);
        store(academic, List.of());
        store(Fixtures.organisation(marker + " b", "FR"), List.of());
        store(Fixtures.organisation(marker + " c", "LU"), List.of());

        DirectoryResults company = results(new DirectoryQuery(Optional.of(marker),
                Optional.of(OrganisationKind.COMPANY), Optional.empty(), List.of()));
        assertEquals(2, company.total());
        assertEquals(Map.of(OrganisationKind.COMPANY, 2L, OrganisationKind.ACADEMIC, 1L),
                company.kinds());
        assertEquals(Map.of("FR", 1L, "LU", 1L), company.countries());

        DirectoryResults luxembourg = results(new DirectoryQuery(Optional.of(marker),
                Optional.empty(), Optional.of("LU"), List.of()));
        assertEquals(1, luxembourg.total());
        assertEquals(Map.of("FR", 2L, "LU", 1L), luxembourg.countries());
        assertEquals(Map.of(OrganisationKind.COMPANY, 1L), luxembourg.kinds());
    }

    @Test
    void inactiveEntitiesCountInNoFacet() {
        String marker = Fixtures.unique("HiddenFacet").replace(" ", "");
        UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("h" + UUID.randomUUID().toString().substring(0, 8),
                        ObjectType.ENTITY))).getUuid();
        TaxonomyValue tag = value(scheme, "tag", null);
        store(Fixtures.organisation(marker + " shown", "FR"), List.of(tag.getUuid()));
        Organisation inactive = Fixtures.organisation(marker + " hidden", "BE");
        inactive.setStatus(OrganisationStatus.INACTIVE);
        inactive.setKind(OrganisationKind.ACADEMIC);
        store(inactive, List.of(tag.getUuid()));

        DirectoryResults seen = services.asAdmin(() -> search.search(query(marker), 0, 10,
                "en"));
        assertEquals(1, seen.total());
        assertEquals(Map.of(OrganisationKind.COMPANY, 1L), seen.kinds());
        assertEquals(Map.of("FR", 1L), seen.countries());
        assertEquals(Map.of("tag", 1L), counts(facet(seen, scheme)));
    }

    @Test
    void pagesFollowTheNameOrder() {
        String marker = Fixtures.unique("Pages").replace(" ", "");
        for (String suffix : List.of("c", "a", "e", "b", "d")) {
            store(Fixtures.organisation(marker + " " + suffix, "NL"), List.of());
        }
        DirectoryResults second = services.asVisitor(() -> search.search(query(marker), 2, 2,
                "en"));
        assertEquals(5, second.total());
        assertEquals(List.of(marker + " c", marker + " d"), second.items().stream()
                .map(Organisation::getName).toList());
    }

    @Test
    void aPageOfEntitiesCostsAsManyQueriesWhateverTheNumberOfEntitiesOnIt() {
        String marker = Fixtures.unique("Batch").replace(" ", "");
        UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("b" + UUID.randomUUID().toString().substring(0, 8),
                        ObjectType.ENTITY))).getUuid();
        TaxonomyValue top = value(scheme, "top", null);
        for (int i = 0; i < 12; i++) {
            TaxonomyValue leaf = value(scheme, "leaf" + i, top.getUuid());
            Organisation o = Fixtures.organisation(marker + " " + i, i % 2 == 0 ? "FR" : "LU");
            o.setWebsites(List.of("https://example.org/" + i));
            store(o, List.of(leaf.getUuid()));
        }

        int small = statements(marker, 2);
        int large = statements(marker, 12);
        assertEquals(small, large, "statements for 2 entities vs 12");
    }

    @Test
    void facetsCostAsManyQueriesWhateverTheNumberOfTaxonomies() {
        String marker = Fixtures.unique("Schemes").replace(" ", "");
        List<UUID> tagged = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                    Fixtures.scheme("s" + UUID.randomUUID().toString().substring(0, 8),
                            ObjectType.ENTITY))).getUuid();
            TaxonomyValue top = value(scheme, "top", null);
            tagged.add(value(scheme, "left", top.getUuid()).getUuid());
            tagged.add(value(scheme, "right", top.getUuid()).getUuid());
        }
        store(Fixtures.organisation(marker + " a", "FR"), tagged.subList(0, 2));
        // Listed after the first, so the page stays the same while the facets grow.
        store(Fixtures.organisation(marker + " b", "FR"), tagged.subList(0, 4));
        int two = statements(marker, 1);

        store(Fixtures.organisation(marker + " c", "LU"), tagged);
        int three = statements(marker, 1);
        assertEquals(two, three, "statements with two taxonomies in use vs three");
        // Tagged with two values below one option, an entity counts once for it.
        DirectoryResults all = results(query(marker));
        assertEquals(Map.of("top", 3L), counts(facet(all, services.taxonomies.findValue(
                tagged.get(0)).orElseThrow().getScheme().getUuid())));
    }

    private static int statements(String marker, int size) {
        return services.asVisitor(() -> SqlStatements.during(services.entityManager(),
                () -> assertEquals(size, search.search(query(marker), 0, size, "en")
                        .items().size())));
    }

    private static TaxonomyValue value(UUID scheme, String code, UUID parent) {
        TaxonomyValue data = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        data.setLabels(Map.of("en", "Label " + code));
        return services.asAdmin(() -> services.taxonomies.createValue(scheme, data, parent));
    }

    private static Organisation store(Organisation o, List<UUID> tags) {
        return services.asAdmin(() -> services.organisations.create(o, tags));
    }

    private static DirectoryQuery query(String text) {
        return new DirectoryQuery(Optional.of(text), Optional.empty(), Optional.empty(),
                List.of());
    }

    private static DirectoryResults results(DirectoryQuery query) {
        return services.asVisitor(() -> search.search(query, 0, 20, "en"));
    }

    private static List<UUID> uuids(DirectoryQuery query) {
        return results(query).items().stream().map(Organisation::getUuid).toList();
    }

    private static TagFacets.Facet facet(DirectoryResults results, UUID scheme) {
        return results.taxonomies().stream()
                .filter(f -> f.scheme().getUuid().equals(scheme)).findFirst()
                .orElseThrow(() -> new AssertionError("No facet of " + scheme));
    }

    private static Map<String, Long> counts(TagFacets.Facet facet) {
        return facet.options().stream().collect(java.util.stream.Collectors.toMap(
                o -> o.value().getCode(), TagFacets.Option::count));
    }
}
