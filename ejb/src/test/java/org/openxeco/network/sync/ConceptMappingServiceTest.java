package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;

/** Peers' concepts mapped onto local values, resolved in bulk, and waiting tags linked. */
class ConceptMappingServiceTest {

    private static SyncTesting nodes;

    @BeforeAll
    static void start() {
        nodes = new SyncTesting();
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void aMappedConceptResolvesAndIsPublishedAsExactMatch() {
        TaxonomyValue local = localValue("Training");
        String concept = "https://b.example.org/api/taxonomies/x/values/" + UUID.randomUUID();

        nodes.onA(() -> nodes.mappings.map(concept, local.getUuid()));

        assertEquals(local.getUuid(), nodes.a.asVisitor(() -> nodes.resolver.resolve(
                List.of(concept))).get(concept).getUuid());
        JsonObject skos = nodes.a.asVisitor(() -> nodes.a.catalogue.taxonomy(
                local.getScheme().getUuid())).orElseThrow();
        JsonObject published = skos.getJsonArray("concepts").getValuesAs(JsonObject.class)
                .get(0);
        assertEquals(concept, published.getJsonArray("skos:exactMatch").getJsonObject(0)
                .getString("@id"));
        assertTrue(published.getJsonNumber("version").longValue() > local.getChangeSeq(),
                "the value got a change number");
        assertTrue(nodes.onA(() -> nodes.mappings.list()).stream()
                .anyMatch(m -> m.getConceptUri().equals(concept)));
        long audited = nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select count(e) from AuditEntry e where e.objectType = 'CONCEPT_MATCH'",
                Long.class).getSingleResult());
        assertTrue(audited >= 1);

        nodes.onA(() -> {
            nodes.mappings.unmap(concept);
            return null;
        });
        assertTrue(nodes.a.asVisitor(() -> nodes.resolver.resolve(List.of(concept))).isEmpty());
    }

    @Test
    void aConceptOfThisNodeCannotBeMapped() {
        TaxonomyValue local = localValue("Mine");
        TaxonomyValue other = localValue("Other");
        String uri = nodes.a.uris.taxonomyValue(local.getScheme().getUuid(), local.getUuid());

        ConflictException e = assertThrows(ConflictException.class, () -> nodes.onA(() ->
                nodes.mappings.map(uri, other.getUuid())));
        assertEquals("known-concept", e.kind());
    }

    @Test
    void aTagWaitingForTheConceptIsLinkedWhenItIsMapped() {
        TaxonomyValue local = localValue("Cryptology");
        String concept = "https://b.example.org/concepts/" + UUID.randomUUID();
        UUID owner = nodes.copyWaitingFor(concept);
        long before = entity(owner).getChangeSeq();

        nodes.onA(() -> nodes.mappings.map(concept, local.getUuid()));

        Organisation tagged = entity(owner);
        assertEquals(List.of(local.getUuid()), tagged.getTags().stream()
                .map(TaxonomyValue::getUuid).toList());
        assertTrue(tagged.getChangeSeq() > before);
        assertEquals(0, waiting(owner));
        assertEquals(0, nodes.onA(() -> nodes.linker.linkPendingConcepts()));
    }

    @Test
    void aTagWaitingForTheConceptIsLinkedWhenItsSchemeArrives() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("late"));
        TaxonomyValue concept = nodes.valueOnB(onB, "C", null);
        UUID owner = nodes.copyWaitingFor(nodes.uriOnB(concept));
        UUID unrelated = nodes.copyWaitingFor("https://elsewhere.example.org/c/1");

        nodes.importIntoA(onB);
        int linked = nodes.onA(() -> nodes.linker.linkPendingConcepts());

        assertEquals(1, linked);
        assertEquals(List.of(nodes.uriOnB(concept)), entity(owner).getTags().stream()
                .map(TaxonomyValue::getCanonicalUri).toList());
        assertEquals(1, waiting(unrelated), "an unknown concept keeps waiting");
    }

    @Test
    void manyUrisResolveInBulk() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("bulk"));
        for (int i = 0; i < 30; i++) {
            nodes.valueOnB(onB, "V" + i, null);
        }
        TaxonomyScheme copy = nodes.importIntoA(onB);
        List<String> known = new ArrayList<>(nodes.valuesOnA(copy).keySet());
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            asked.add(i % 40 < 30 ? known.get(i % 30) : "urn:unknown:" + i);
        }

        Map<String, TaxonomyValue> found = nodes.a.asVisitor(() -> nodes.resolver.resolve(asked));

        assertEquals(30, found.size());
        found.forEach((uri, value) -> assertEquals(uri, value.getCanonicalUri()));
    }

    private TaxonomyValue localValue(String label) {
        TaxonomyScheme scheme = nodes.onA(() -> nodes.a.taxonomies.createScheme(
                Fixtures.scheme(SyncTesting.code("map"), ObjectType.ENTITY)));
        return nodes.valueOn(nodes.a, scheme, "v1", null, Map.of("en", label));
    }

    private Organisation entity(UUID uuid) {
        return nodes.a.asVisitor(() -> nodes.a.organisations.get(uuid));
    }

    private long waiting(UUID owner) {
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery("select count(r)"
                + " from ImportReference r where r.ownerUuid = :o", Long.class)
                .setParameter("o", owner.toString()).getSingleResult());
    }
}
