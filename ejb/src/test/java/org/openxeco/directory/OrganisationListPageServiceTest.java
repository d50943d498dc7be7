package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Page;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class OrganisationListPageServiceTest {

    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void anyPageCanBeReadByOffsetInNameOrder() {
        String marker = Fixtures.unique("Offset");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = marker + " " + (char) ('a' + (i * 5) % 12);
            names.add(name);
            services.asAdmin(() -> services.organisations.create(
                    Fixtures.organisation(name, "BE"), List.of()));
        }
        names.sort(String::compareTo);

        Page<Organisation> third = services.asAdmin(() -> services.organisations.listPage(
                filterOf(marker, Optional.empty()), OrganisationSort.NAME, 10, 5));

        assertEquals(12, third.total());
        assertEquals(names.subList(10, 12), third.items().stream().map(Organisation::getName)
                .toList());
        assertTrue(third.next().isEmpty());
    }

    @Test
    void adminsSeeInactiveEntitiesAndCanFilterByStatus() {
        String marker = Fixtures.unique("OffsetStatus");
        Organisation inactive = Fixtures.organisation(marker + " dormant", "FR");
        inactive.setStatus(OrganisationStatus.INACTIVE);
        services.asAdmin(() -> services.organisations.create(inactive, List.of()));
        services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(marker + " awake", "FR"), List.of()));

        assertEquals(2, services.asAdmin(() -> services.organisations.listPage(
                filterOf(marker, Optional.empty()), OrganisationSort.NAME, 0, 25)).total());
        assertEquals(List.of(inactive.getUuid()), services.asAdmin(() -> services.organisations
                .listPage(filterOf(marker, Optional.of(OrganisationStatus.INACTIVE)),
                        OrganisationSort.UPDATED_DESC, 0, 25)).items().stream()
                .map(Organisation::getUuid).toList());
        assertEquals(1, services.asVisitor(() -> services.organisations.listPage(
                filterOf(marker, Optional.empty()), OrganisationSort.NAME, 0, 25)).total());
    }

    @Test
    void unboundedPagesAreRefused() {
        assertThrows(InvalidInputException.class, () -> services.asAdmin(() -> services
                .organisations.listPage(OrganisationFilter.none(), OrganisationSort.NAME, 0,
                        101)));
        assertThrows(InvalidInputException.class, () -> services.asAdmin(() -> services
                .organisations.listPage(OrganisationFilter.none(), OrganisationSort.NAME, -1,
                        10)));
    }

    private static OrganisationFilter filterOf(String text,
            Optional<OrganisationStatus> status) {
        return new OrganisationFilter(Optional.of(text), Optional.empty(), status,
                Optional.empty(), List.of());
    }
}
