package org.openxeco.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.setup.NodeSetup;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/** The directory service with container transactions, security and JPA. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.servicesWith(ServicesIT.class);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeSetup setup;

    @BeforeEach
    void bundledTaxonomiesAreInstalled() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!setup.isReady() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(setup.isReady(), "first-start loading did not finish");
    }

    @Test
    void everyMappedFieldSurvivesTheRoundTrip() throws Exception {
        UUID lu = taxonomies.findValueByReference("countries:LU").orElseThrow().getUuid();
        Organisation data = organisation("Round trip");
        data.setLegalName("Round Trip S.A.");
        data.setWebsites(List.of("https://a.example", "https://b.example"));
        data.setIdentifiers(List.of(new Identifier(IdentifierScheme.LEI, "5299001Z2Y1XQ8Z0P123"),
                new Identifier(IdentifierScheme.VAT, "LU12345678")));
        data.setAddresses(List.of(new Address("2 Rue", "L-1234", "Luxembourg", null, "LU"),
                new Address(null, null, "Paris", "IDF", "FR")));

        Organisation saved = asAdmin(() -> organisations.create(data, List.of(lu)));
        Organisation read = organisations.get(saved.getUuid());

        assertEquals("Round Trip S.A.", read.getLegalName());
        assertEquals(List.of("https://a.example", "https://b.example"), read.getWebsites());
        assertEquals(List.of("LEI", "VAT"), read.getIdentifiers().stream()
                .map(i -> i.getScheme().name()).toList());
        assertEquals(List.of("LU", "FR"), read.getAddresses().stream()
                .map(Address::getCountryCode).toList());
        assertEquals(Set.of("LU"), codes(read.getTags()));
        assertEquals(1, read.getVersion());
    }

    @Test
    void anonymousCallersCannotWriteThroughTheContainer() {
        Organisation data = organisation("Anonymous");

        assertThrows(NotAllowedException.class, () -> organisations.create(data, List.of()));

        assertTrue(asAdminUnchecked(() -> organisations.find(data.getUuid())).isEmpty());
    }

    @Test
    void refusedUpdateRollsBackFieldsAlreadyCopied() throws Exception {
        Organisation saved = asAdmin(() -> organisations.create(organisation("Kept"),
                List.of()));
        Organisation change = organisation("Renamed but refused");

        assertThrows(InvalidInputException.class, () -> asAdmin(() -> organisations.update(
                saved.getUuid(), saved.getVersion(), change, List.of(UUID.randomUUID()))));

        Organisation read = organisations.get(saved.getUuid());
        assertEquals(saved.getName(), read.getName());
        assertEquals(saved.getVersion(), read.getVersion());
    }

    @Test
    void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        Organisation saved = asAdmin(() -> organisations.create(organisation("Contended"),
                List.of()));
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = saved.getName() + " by writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    asAdmin(() -> organisations.update(saved.getUuid(), saved.getVersion(),
                            organisation(name), List.of()));
                    return true;
                } catch (StaleVersionException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> result : results) {
            wins += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, wins);
        assertEquals(saved.getVersion() + 1, organisations.get(saved.getUuid()).getVersion());
    }

    @Test
    void concurrentWritersGetDistinctIncreasingChangeNumbers() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Organisation>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Organisation data = organisation("Sequenced " + i);
            results.add(pool.submit(() -> asAdmin(() -> organisations.create(data, List.of()))));
        }
        Set<Long> sequences = new HashSet<>();
        for (Future<Organisation> result : results) {
            sequences.add(result.get().getChangeSeq());
        }
        pool.shutdown();

        assertEquals(writers, sequences.size());
        Organisation later = asAdmin(() -> organisations.create(organisation("Later"),
                List.of()));
        assertTrue(sequences.stream().allMatch(s -> s < later.getChangeSeq()));
    }

    private static Organisation organisation(String name) {
        Organisation o = new Organisation();
        o.setName(name + " " + UUID.randomUUID().toString().substring(0, 8));
        o.setAddresses(List.of(new Address(null, null, "Town", null, "BE")));
        return o;
    }

    private static Set<String> codes(Set<TaxonomyValue> tags) {
        Set<String> codes = new HashSet<>();
        tags.forEach(t -> codes.add(t.getCode()));
        return codes;
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return SystemTask.run(work);
    }

    private static <T> T asAdminUnchecked(Callable<T> work) {
        try {
            return SystemTask.run(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
