package org.openxeco.network.sync;

import static org.openxeco.testing.Wiring.set;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openxeco.kernel.ObjectType;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerRegistry;
import org.openxeco.network.peers.PeerState;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * Two nodes on fresh test databases: B publishes taxonomies, A imports them with the sync
 * services wired here by hand. A's URIs start with another base URL than B's.
 */
final class SyncTesting implements AutoCloseable {

    static final String A_URL = "https://a.example.org";

    final Services b = new Services();
    final Services a = new Services();
    final ConceptResolver resolver = new ConceptResolver();
    final TaxonomyImport importer = new TaxonomyImport();
    final ReferenceLinker linker = new ReferenceLinker();
    final ConceptMappings mappings = new ConceptMappings();
    final PeerRegistry registry = new PeerRegistry();
    final Peer peer;

    SyncTesting() {
        set(a.uris, "baseUrl", A_URL);
        resolver.em = a.entityManager();
        resolver.uris = a.uris;
        importer.em = a.entityManager();
        importer.changes = a.changes;
        importer.resolver = resolver;
        linker.em = a.entityManager();
        linker.changes = a.changes;
        linker.resolver = resolver;
        mappings.em = a.entityManager();
        mappings.changes = a.changes;
        mappings.audit = a.audit;
        mappings.taxonomies = a.taxonomies;
        mappings.resolver = resolver;
        mappings.linker = linker;
        set(registry, "em", a.entityManager());
        set(registry, "audit", a.audit);
        byte[] key = Keys.generate().getPublic().getEncoded();
        NodeDescriptor b = new NodeDescriptor("Node B", Services.BASE_URL, "1", "", "test",
                List.of(new PublishedKey(Keys.keyId(Services.BASE_URL, key), "ed25519", key,
                        null)));
        peer = onA(() -> registry.record(b, PeerState.ACTIVE, true, "admin"));
    }

    <T> T onA(Callable<T> work) {
        return a.asAdmin(work);
    }

    <T> T onB(Callable<T> work) {
        return b.asAdmin(work);
    }

    /** A new scheme on B tagging entities and events. */
    TaxonomyScheme schemeOnB(String code) {
        return onB(() -> b.taxonomies.createScheme(Fixtures.scheme(code, ObjectType.ENTITY,
                ObjectType.EVENT)));
    }

    TaxonomyValue valueOn(Services node, TaxonomyScheme scheme, String code,
            TaxonomyValue parent, Map<String, String> labels) {
        TaxonomyValue data = new TaxonomyValue(scheme, code);
        data.setLabels(labels);
        return node.asAdmin(() -> node.taxonomies.createValue(scheme.getUuid(), data,
                parent == null ? null : parent.getUuid()));
    }

    TaxonomyValue valueOnB(TaxonomyScheme scheme, String code, TaxonomyValue parent) {
        return valueOn(b, scheme, code, parent, Map.of("en", "Label " + code));
    }

    /** The SKOS B serves for the scheme, as it arrives over the wire. */
    JsonObject skos(TaxonomyScheme scheme) {
        JsonObject json = b.asVisitor(() -> b.catalogue.taxonomy(scheme.getUuid())).orElseThrow();
        return Json.createReader(new StringReader(json.toString())).readObject();
    }

    String uriOnB(TaxonomyScheme scheme) {
        return scheme.getCanonicalUri() != null ? scheme.getCanonicalUri()
                : b.uris.taxonomy(scheme.getUuid());
    }

    String uriOnB(TaxonomyValue value) {
        return value.getCanonicalUri() != null ? value.getCanonicalUri()
                : b.uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }

    /** Imports B's scheme into A as it stands now. */
    TaxonomyScheme importIntoA(TaxonomyScheme onB) {
        JsonObject skos = skos(onB);
        return onA(() -> importer.apply(peer, uriOnB(onB), skos, SkosReader.version(skos)));
    }

    /** A's values of a scheme by canonical URI. */
    Map<String, TaxonomyValue> valuesOnA(TaxonomyScheme scheme) {
        Map<String, TaxonomyValue> values = new java.util.HashMap<>();
        a.asVisitor(() -> a.taxonomies.values(scheme.getUuid())).forEach(v -> values.put(
                v.getCanonicalUri() == null ? "local:" + v.getCode() : v.getCanonicalUri(), v));
        return values;
    }

    long lastChangeOnA() {
        return a.asVisitor(() -> a.changes.lastSequence());
    }

    long count(String entity) {
        return a.asVisitor(() -> a.entityManager().createQuery("select count(x) from " + entity
                + " x", Long.class).getSingleResult());
    }

    /** A copy on A of an entity of B, with a tag that waits for the concept. */
    UUID copyWaitingFor(String conceptUri) {
        org.openxeco.directory.Organisation entity = onA(() -> a.organisations.create(
                Fixtures.organisation(Fixtures.unique("Copy"), "LU"), List.of()));
        onA(() -> {
            ImportedCopy copy = new ImportedCopy(entity.getUuid(), ObjectType.ENTITY,
                    Services.BASE_URL + "/api/entities/" + UUID.randomUUID(), peer, 1,
                    Instant.now());
            a.entityManager().persist(copy);
            a.entityManager().flush();
            a.entityManager().persist(new ImportReference(copy,
                    ImportReference.Role.TAG, conceptUri, "Waiting", null));
            return null;
        });
        return entity.getUuid();
    }

    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
