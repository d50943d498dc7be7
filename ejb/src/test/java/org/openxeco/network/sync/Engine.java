package org.openxeco.network.sync;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;

/**
 * The page applier of node A wired by hand on A's database, fed with the change feed node B
 * serves, as the sync runner would feed it, the pages travelling as JSON text.
 */
final class Engine {

    private final SyncTesting nodes;
    final PageApplier applier = new PageApplier();
    private final PeerSync sync;

    Engine(SyncTesting nodes, boolean followAll) {
        this.nodes = nodes;
        CopyWriter writer = new CopyWriter();
        CopyReferences references = new CopyReferences();
        CopyConflicts conflicts = new CopyConflicts();
        FeedChanges feed = new FeedChanges();
        references.em = nodes.a.entityManager();
        references.uris = nodes.a.uris;
        conflicts.em = nodes.a.entityManager();
        writer.em = nodes.a.entityManager();
        applier.validation = Validation.buildDefaultValidatorFactory();
        writer.references = references;
        writer.conflicts = conflicts;
        feed.em = nodes.a.entityManager();
        feed.changes = nodes.a.changes;
        feed.taxonomies = nodes.importer;
        feed.resolver = nodes.resolver;
        feed.linker = nodes.linker;
        applier.em = nodes.a.entityManager();
        applier.changes = nodes.a.changes;
        applier.writer = writer;
        applier.taxonomies = feed;
        sync = nodes.onA(() -> {
            PeerSync row = new PeerSync(nodes.peer.getId());
            row.followAll(followAll);
            nodes.a.entityManager().persist(row);
            return row;
        });
    }

    /** Reads B's feed from A's position to its end, a page of the given size at a time. */
    List<PageResult> syncAll(int pageSize) {
        List<PageResult> results = new ArrayList<>();
        while (true) {
            long from = position();
            JsonObject page = wire(nodes.b.asVisitor(() -> nodes.b.feed.changes(from,
                    pageSize)));
            List<JsonObject> changes = page.getJsonArray("changes").stream()
                    .map(JsonValue::asJsonObject).toList();
            PageResult result = nodes.onA(() -> applier.feedPage(nodes.peer.getId(), -1, from,
                    page.getJsonNumber("next").longValue(), null, changes));
            results.add(result);
            if (!page.getBoolean("more")) {
                return results;
            }
        }
    }

    /** Imports B's objects with these URIs, as an import of a selection does. */
    PageResult importObjects(List<String> uris) {
        JsonObject answer = wire(nodes.b.asVisitor(() -> nodes.b.feed.objects(uris)));
        List<JsonObject> changes = answer.getJsonArray("changes").stream()
                .map(JsonValue::asJsonObject).toList();
        return nodes.onA(() -> applier.objects(nodes.peer.getId(), -1,
                answer.getJsonNumber("head").longValue(), changes));
    }

    long position() {
        return nodes.a.asVisitor(() -> nodes.a.entityManager()
                .find(PeerSync.class, nodes.peer.getId()).getPosition());
    }

    private static JsonObject wire(JsonObject json) {
        return Json.createReader(new StringReader(json.toString())).readObject();
    }
}
