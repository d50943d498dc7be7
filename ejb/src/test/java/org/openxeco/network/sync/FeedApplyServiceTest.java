package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;

/**
 * The sync engine on two databases: node B's change feed applied to node A page by page,
 * with three-way merges of copies that were changed on A, B or both.
 */
class FeedApplyServiceTest {

    private SyncTesting nodes;
    private Engine engine;

    @BeforeEach
    void start() {
        nodes = new SyncTesting();
        engine = new Engine(nodes, true);
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    private Organisation entityOnB(String name, List<UUID> tags) {
        Organisation data = Fixtures.organisation(name, "LU");
        data.setEmail("office@b.example.org");
        data.setPhone("+352 1");
        return nodes.onB(() -> nodes.b.organisations.create(data, tags));
    }

    private Organisation copyOnA(Organisation onB) {
        String uri = nodes.b.uris.entity(onB.getUuid());
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select o from Organisation o where o.originUri = :u", Organisation.class)
                .setParameter("u", uri).getSingleResult());
    }

    private void editOnB(Organisation onB, java.util.function.Consumer<Organisation> change,
            List<UUID> tags) {
        Organisation current = nodes.onB(() -> nodes.b.organisations.get(onB.getUuid()));
        change.accept(current);
        nodes.onB(() -> nodes.b.organisations.update(onB.getUuid(), current.getVersion(),
                current, tags));
    }

    private void editOnA(Organisation copy, java.util.function.Consumer<Organisation> change,
            List<UUID> tags) {
        Organisation current = nodes.onA(() -> nodes.a.organisations.get(copy.getUuid()));
        change.accept(current);
        nodes.onA(() -> nodes.a.organisations.update(copy.getUuid(), current.getVersion(),
                current, tags));
    }

    private static Set<String> labels(Organisation o) {
        return o.getTags().stream().map(v -> v.label("en")).collect(Collectors.toSet());
    }

    @Test
    void followingAllCopiesEntitiesWithTheirTaxonomyAndApplyingAgainChangesNothing() {
        TaxonomyScheme scheme = nodes.schemeOnB(SyncTesting.code("sec"));
        TaxonomyValue energy = nodes.valueOn(nodes.b, scheme, "EN", null,
                Map.of("en", "Energy"));
        Organisation onB = entityOnB(Fixtures.unique("Followed"), List.of(energy.getUuid()));

        List<PageResult> first = engine.syncAll(2);
        assertTrue(first.size() > 1, "several pages");
        assertTrue(first.stream().allMatch(r -> r.errors().isEmpty()), first.toString());
        Organisation copy = copyOnA(onB);
        assertEquals(onB.getName(), copy.getName());
        assertEquals(Set.of("Energy"), labels(copy));
        long position = engine.position();
        assertEquals(nodes.b.asVisitor(() -> nodes.b.changes.lastSequence()), position);

        long changesOnA = nodes.lastChangeOnA();
        engine.syncAll(50);
        assertEquals(changesOnA, nodes.lastChangeOnA(), "nothing new, nothing written");
        PageResult again = engine.importObjects(List.of(nodes.b.uris.entity(onB.getUuid())));
        assertEquals(0, again.created());
        assertEquals(1, countCopies(onB));
    }

    @Test
    void aFieldChangedOnBothSidesIsAConflictWhileOneSidedChangesMerge() {
        TaxonomyScheme scheme = nodes.schemeOnB(SyncTesting.code("sec"));
        TaxonomyValue energy = nodes.valueOn(nodes.b, scheme, "EN", null,
                Map.of("en", "Energy"));
        TaxonomyValue water = nodes.valueOn(nodes.b, scheme, "WA", null, Map.of("en", "Water"));
        Organisation onB = entityOnB(Fixtures.unique("Merged"), List.of(energy.getUuid()));
        engine.syncAll(100);
        Organisation copy = copyOnA(onB);

        TaxonomyScheme local = nodes.onA(() -> nodes.a.taxonomies.createScheme(
                Fixtures.scheme(SyncTesting.code("own"), org.openxeco.kernel.ObjectType.ENTITY)));
        TaxonomyValue mine = nodes.valueOn(nodes.a, local, "MINE", null, Map.of("en", "Mine"));
        List<UUID> tagsOnA = List.of(copy.getTags().iterator().next().getUuid(), mine.getUuid());
        editOnA(copy, o -> {
            o.setEmail("desk@a.example.org");
            o.setLegalName("Local legal name");
        }, tagsOnA);
        editOnB(onB, o -> {
            o.setEmail("new@b.example.org");
            o.setPhone("+352 2");
        }, List.of(water.getUuid()));

        PageResult result = engine.syncAll(100).get(0);
        assertEquals(1, result.conflicts(), result.toString());
        Organisation merged = copyOnA(onB);
        assertEquals("desk@a.example.org", merged.getEmail(), "the local change stays");
        assertEquals("+352 2", merged.getPhone(), "B's change of another field arrives");
        assertEquals("Local legal name", merged.getLegalName());
        assertEquals(Set.of("Water", "Mine"), labels(merged),
                "B swapped its tag, A's own tag survives");
        ImportedCopy provenance = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, merged.getUuid().toString()));
        assertTrue(provenance.isInConflict());
        List<SyncConflict> conflicts = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .createQuery("select c from SyncConflict c where c.objectUuid = :o",
                        SyncConflict.class).setParameter("o", merged.getUuid().toString())
                .getResultList());
        assertEquals(1, conflicts.size());
        assertEquals("email", conflicts.get(0).getField());
        assertEquals("desk@a.example.org", conflicts.get(0).getLocalValue());
        assertEquals("new@b.example.org", conflicts.get(0).getRemoteValue());

        editOnB(onB, o -> o.setEmail("desk@a.example.org"), List.of(water.getUuid()));
        engine.syncAll(100);
        ImportedCopy settled = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, merged.getUuid().toString()));
        assertFalse(settled.isInConflict(), "both sides agree again: no conflict left");
    }

    @Test
    void aWithdrawalHidesTheCopyAndAnInvalidObjectIsAnErrorThatChangesNothing() {
        Organisation onB = entityOnB(Fixtures.unique("Withdrawn"), List.of());
        engine.syncAll(100);
        editOnB(onB, o -> o.setStatus(org.openxeco.directory.OrganisationStatus.INACTIVE),
                List.of());
        PageResult result = engine.syncAll(100).get(0);
        assertEquals(1, result.withdrawn(), result.toString());
        Organisation hidden = copyOnA(onB);
        assertFalse(hidden.isPublic());
        ImportedCopy provenance = nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(ImportedCopy.class, hidden.getUuid().toString()));
        assertEquals("not-public", provenance.getWithdrawnReason().orElseThrow());

        jakarta.json.JsonObject bad = jakarta.json.Json.createObjectBuilder()
                .add("seq", engine.position() + 1).add("op", "upsert").add("type", "entity")
                .add("@id", nodes.b.uris.entity(UUID.randomUUID()) + "x")
                .add("item", jakarta.json.Json.createObjectBuilder()
                        .add("@id", nodes.b.uris.entity(UUID.randomUUID()))
                        .add("@type", "Organization").add("version", 1)).build();
        long before = nodes.lastChangeOnA();
        PageResult refused = nodes.onA(() -> engine.applier.objects(nodes.peer.getId(), -1, 0,
                List.of(bad)));
        assertEquals(1, refused.errors().size(), refused.toString());
        assertEquals(before, nodes.lastChangeOnA());
    }

    @Test
    void anObjectThatFailsValidationIsAnErrorNamingItsFieldAndTheRestOfThePageApplies() {
        Organisation valid = entityOnB(Fixtures.unique("Valid"), List.of());
        Organisation invalid = entityOnB(Fixtures.unique("Invalid"), List.of());
        String invalidUri = nodes.b.uris.entity(invalid.getUuid());
        jakarta.json.JsonObject answer = jakarta.json.Json.createReader(new java.io.StringReader(
                nodes.b.asVisitor(() -> nodes.b.feed.objects(List.of(
                        nodes.b.uris.entity(valid.getUuid()), invalidUri))).toString()))
                .readObject();
        List<jakarta.json.JsonObject> changes = answer.getJsonArray("changes").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .map(c -> !c.getString("@id").equals(invalidUri) ? c
                        : jakarta.json.Json.createObjectBuilder(c).add("item", jakarta.json.Json
                                .createObjectBuilder(c.getJsonObject("item"))
                                .add("email", "not an address")).build())
                .toList();
        // Read and checked before the transaction, as a sync reads the page it applies next.
        ReadPage read = ReadPage.of(changes, org.openxeco.kernel.InputCheck
                .forObjectsInMemory(jakarta.validation.Validation.buildDefaultValidatorFactory()));

        PageResult result = nodes.onA(() -> engine.applier.objects(nodes.peer.getId(), -1,
                answer.getJsonNumber("head").longValue(), read));

        assertEquals(1, result.created(), result.toString());
        assertEquals(1, result.errors().size(), result.toString());
        String error = result.errors().get(0);
        assertTrue(error.startsWith(invalidUri) && error.contains("email"), error);
        assertEquals(1, countCopies(valid));
        assertEquals(0, countCopies(invalid), "the invalid object left nothing behind");
    }

    private long countCopies(Organisation onB) {
        String uri = nodes.b.uris.entity(onB.getUuid());
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select count(o) from Organisation o where o.originUri = :u", Long.class)
                .setParameter("u", uri).getSingleResult());
    }
}
