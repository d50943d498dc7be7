package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.network.catalogue.CatalogueQuery;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerApi;
import org.openxeco.network.peers.PeerClient;
import org.openxeco.network.peers.PeerReply;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/** Taxonomies fetched from a peer (B's catalogue answering in place of HTTP) and imported. */
class TaxonomyFetchServiceTest {

    private static SyncTesting nodes;
    private static final List<String> CALLS = new ArrayList<>();
    private static final TaxonomyFetch FETCH = new TaxonomyFetch();

    @BeforeAll
    static void start() {
        nodes = new SyncTesting();
        TaxonomyCommit commit = new TaxonomyCommit() {
            @Override
            public TaxonomyScheme apply(UUID peerUuid, String schemeUri, JsonObject skos,
                    long originVersion, String subtreeConceptUri) {
                return nodes.onA(() -> super.apply(peerUuid, schemeUri, skos, originVersion,
                        subtreeConceptUri));
            }
        };
        commit.registry = nodes.registry;
        commit.importer = nodes.importer;
        commit.linker = nodes.linker;
        FETCH.registry = nodes.registry;
        FETCH.client = new NodeB();
        FETCH.resolver = nodes.resolver;
        FETCH.commit = commit;
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void aSchemeNamedByItsUriIsFoundInTheCatalogueAndImported() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("fetch"));
        TaxonomyValue root = nodes.valueOnB(onB, "F", null);
        nodes.valueOnB(onB, "F1", root);

        TaxonomyScheme copy = asAdmin(() -> FETCH.importScheme(nodes.peer.getUuid(),
                nodes.uriOnB(onB), null));

        assertEquals(nodes.uriOnB(onB), copy.getCanonicalUri());
        assertEquals(2, nodes.valuesOnA(copy).size());
        assertTrue(CALLS.contains("catalogue"));
    }

    @Test
    void aSubtreeNamedBySchemeUuidBringsThatSubtree() {
        TaxonomyScheme onB = nodes.schemeOnB(SyncTesting.code("part"));
        TaxonomyValue wanted = nodes.valueOnB(onB, "W", null);
        nodes.valueOnB(onB, "W1", wanted);
        nodes.valueOnB(onB, "Other", null);

        TaxonomyScheme copy = asAdmin(() -> FETCH.importScheme(nodes.peer.getUuid(),
                onB.getUuid().toString(), nodes.uriOnB(wanted)));

        assertEquals(2, nodes.valuesOnA(copy).size());
    }

    @Test
    void ensuringSchemesImportsOnlyThoseMissing() {
        TaxonomyScheme first = nodes.schemeOnB(SyncTesting.code("one"));
        nodes.valueOnB(first, "A", null);
        TaxonomyScheme second = nodes.schemeOnB(SyncTesting.code("two"));
        TaxonomyValue waitedFor = nodes.valueOnB(second, "B", null);
        UUID owner = nodes.copyWaitingFor(nodes.uriOnB(waitedFor));
        nodes.importIntoA(first);
        long schemes = nodes.count("TaxonomyScheme");

        asAdmin(() -> {
            FETCH.ensureSchemes(nodes.peer, Set.of(nodes.uriOnB(first), nodes.uriOnB(second),
                    "https://unshared.example.org/scheme"));
            return null;
        });

        assertEquals(schemes + 1, nodes.count("TaxonomyScheme"));
        assertEquals(1, nodes.a.asVisitor(() -> nodes.a.organisations.get(owner)).getTags()
                .size(), "the waiting tag was linked");
    }

    @Test
    void aSchemeThePeerDoesNotShareIsNotFound() {
        assertThrows(NotFoundException.class, () -> asAdmin(() -> FETCH.importScheme(
                nodes.peer.getUuid(), "https://node.example.org/api/taxonomies/none", null)));
    }

    private static <T> T asAdmin(Callable<T> work) {
        try {
            return SystemTask.run(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers calls as node B's catalogue does, recording which were made. */
    private static final class NodeB extends PeerClient {

        @Override
        public PeerReply call(Peer peer, Function<PeerApi, Response> call) {
            Object[][] made = new Object[1][];
            String[] method = new String[1];
            PeerApi api = (PeerApi) Proxy.newProxyInstance(PeerApi.class.getClassLoader(),
                    new Class<?>[] {PeerApi.class}, (proxy, m, args) -> {
                        method[0] = m.getName();
                        made[0] = args;
                        return null;
                    });
            call.apply(api);
            CALLS.add(method[0]);
            if (method[0].equals("taxonomy")) {
                Optional<JsonObject> skos = nodes.b.asVisitor(() -> nodes.b.catalogue.taxonomy(
                        UUID.fromString((String) made[0][0])));
                return skos.map(s -> reply(200, s.toString())).orElse(reply(404, "{}"));
            }
            CatalogueQuery query = CatalogueQuery.first((Integer) made[0][4]);
            if (made[0][5] != null) {
                query = query.after((String) made[0][5]);
            }
            CatalogueQuery asked = query;
            return reply(200, nodes.b.asVisitor(() -> nodes.b.catalogue.taxonomies(asked))
                    .toJson().toString());
        }

        private static PeerReply reply(int status, String body) {
            return new PeerReply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
