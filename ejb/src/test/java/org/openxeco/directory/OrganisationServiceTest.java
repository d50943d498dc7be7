package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.Tombstone;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class OrganisationServiceTest {

    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
        services.asAdmin(() -> services.installer.install(BundledTaxonomy.COUNTRIES));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void descriptionIsSanitisedOnTheWayIn() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Acme"), "LU");
        data.setDescription("<p onclick=\"steal()\">We <b>build</b><script>x()</script></p>");

        Organisation saved = create(data);

        assertEquals("<p>We <b>build</b></p>", saved.getDescription());
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsStored() {
        Organisation data = Fixtures.organisation("", "lux");
        data.setEmail("not-an-address");
        data.setWebsites(List.of("ftp://x"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> create(data));

        assertEquals(Set.of("name", "email", "addresses[0].countryCode", "websites[0]"),
                new HashSet<>(e.errors().stream().map(f -> f.field()).toList()));
        assertTrue(services.asAdmin(() -> services.organisations.find(data.getUuid())).isEmpty());
    }

    @Test
    void countryAndContinentFiltersFindTaggedEntities() {
        String marker = Fixtures.unique("Filterable");
        Organisation lu = create(Fixtures.organisation(marker + " LU", "LU"), country("LU"));
        Organisation jp = create(Fixtures.organisation(marker + " JP", "JP"), country("JP"));

        assertEquals(List.of(lu.getUuid()), uuids(filter(marker, Optional.of("LU"), List.of())));
        assertEquals(List.of(lu.getUuid()), uuids(filter(marker, Optional.empty(),
                List.of("countries:continent-EU"))));
        assertEquals(List.of(jp.getUuid()), uuids(filter(marker, Optional.empty(),
                List.of(country("JP").toString()))));
        UUID japan = country("JP");
        String written = services.asVisitor(() -> TagTexts.text(services.uris,
                services.taxonomies.findValue(japan).orElseThrow()));
        assertTrue(written.endsWith("/JP") && !written.startsWith("countries:"), written);
        assertEquals(List.of(jp.getUuid()), uuids(filter(marker, Optional.empty(),
                List.of(written))), "the form CSV files write");
        String own = services.asVisitor(() -> services.taxonomies.findValue(japan)
                .orElseThrow().getCanonicalUri());
        assertEquals(List.of(jp.getUuid()), uuids(filter(marker, Optional.empty(),
                List.of(own))), "the value's own URI " + own);
        assertEquals(List.of(jp.getUuid()), uuids(filter(marker, Optional.empty(),
                List.of(" countries:JP "))), "spaces around a reference");
    }

    @Test
    void walkingAllPagesReturnsEveryMatchOnceInNameOrder() {
        String marker = Fixtures.unique("Paged");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String name = marker + " " + (char) ('a' + (i * 7) % 23);
            names.add(name);
            create(Fixtures.organisation(name, "BE"));
        }
        names.sort(String::compareTo);

        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        long total = -1;
        do {
            PageRequest request = new PageRequest(cursor, 5);
            Page<Organisation> page = services.asVisitor(() -> services.organisations.list(
                    filterOf(marker), OrganisationSort.NAME, request));
            total = page.total();
            page.items().forEach(o -> seen.add(o.getName()));
            cursor = page.next();
        } while (cursor.isPresent());

        assertEquals(23, total);
        assertEquals(names, seen);
    }

    @Test
    void inactiveEntitiesAreHiddenFromVisitorsButNotFromAdmins() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Dormant"), "FR");
        data.setStatus(OrganisationStatus.INACTIVE);
        Organisation saved = create(data);

        assertTrue(services.asVisitor(() -> services.organisations.find(saved.getUuid()))
                .isEmpty());
        assertTrue(services.asAdmin(() -> services.organisations.find(saved.getUuid()))
                .isPresent());
        assertEquals(0, services.asVisitor(() -> services.organisations.list(
                filterOf(data.getName()), OrganisationSort.NAME, PageRequest.first(10)))
                .total());
    }

    @Test
    void updateWithStaleVersionIsRefusedAndChangesNothing() {
        Organisation saved = create(Fixtures.organisation(Fixtures.unique("Versioned"), "DE"));
        Organisation first = Fixtures.organisation(saved.getName() + " renamed", "DE");
        services.asAdmin(() -> services.organisations.update(saved.getUuid(), saved.getVersion(),
                first, List.of()));

        Organisation second = Fixtures.organisation("lost update", "DE");
        assertThrows(StaleVersionException.class, () -> services.asAdmin(() ->
                services.organisations.update(saved.getUuid(), saved.getVersion(), second,
                        List.of())));

        assertEquals(saved.getName() + " renamed", services.asVisitor(() ->
                services.organisations.get(saved.getUuid())).getName());
    }

    @Test
    void oneUpdateRaisesTheStoredVersionByOne() {
        Organisation saved = create(Fixtures.organisation(Fixtures.unique("Once"), "BE"),
                country("BE"));
        UUID netherlands = country("NL");
        Organisation updated = services.asAdmin(() -> services.organisations.update(
                saved.getUuid(), saved.getVersion(),
                Fixtures.organisation(saved.getName() + " again", "BE"), List.of(netherlands)));
        long stored = services.asAdmin(() -> services.organisations.get(saved.getUuid()))
                .getVersion();
        assertEquals(saved.getVersion() + 1, updated.getVersion());
        assertEquals(updated.getVersion(), stored);
    }

    @Test
    void everyChangeTakesAHigherSequenceAndDeletionLeavesATombstone() {
        Organisation saved = create(Fixtures.organisation(Fixtures.unique("Tracked"), "NL"));
        Organisation updated = services.asAdmin(() -> services.organisations.update(
                saved.getUuid(), saved.getVersion(),
                Fixtures.organisation(saved.getName(), "NL"), List.of()));
        assertTrue(updated.getChangeSeq() > saved.getChangeSeq());

        services.asAdmin(() -> {
            services.organisations.delete(saved.getUuid(), updated.getVersion());
            return null;
        });

        Tombstone tombstone = services.asVisitor(() -> services.entityManager()
                .createQuery("select t from Tombstone t where t.uuid = :u", Tombstone.class)
                .setParameter("u", saved.getUuid().toString()).getSingleResult());
        assertTrue(tombstone.getChangeSeq() > updated.getChangeSeq());
        assertFalse(services.asAdmin(() -> services.organisations.find(saved.getUuid()))
                .isPresent());
    }

    @Test
    void visitorsCannotCreateEntities() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Intruder"), "LU");
        assertThrows(NotAllowedException.class, () -> services.asVisitor(() ->
                services.organisations.create(data, List.of())));
    }

    private static Organisation create(Organisation data, UUID... tags) {
        return services.asAdmin(() -> services.organisations.create(data, List.of(tags)));
    }

    private static UUID country(String code) {
        return services.asVisitor(() -> services.taxonomies.findValueByReference(
                "countries:" + code).map(TaxonomyValue::getUuid).orElseThrow());
    }

    private static OrganisationFilter filterOf(String text) {
        return new OrganisationFilter(Optional.of(text), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    private static Page<Organisation> filter(String text, Optional<String> country,
            List<String> tags) {
        return services.asVisitor(() -> services.organisations.list(new OrganisationFilter(
                Optional.of(text), Optional.empty(), Optional.empty(), country, tags),
                OrganisationSort.NAME, PageRequest.first(50)));
    }

    private static List<UUID> uuids(Page<Organisation> page) {
        return page.items().stream().map(Organisation::getUuid).toList();
    }
}
