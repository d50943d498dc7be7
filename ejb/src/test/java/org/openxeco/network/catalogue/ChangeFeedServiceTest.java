package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * The change feed a peer follows: what changed after a position, in sequence order, each
 * object once at its latest change, as an upsert, a withdrawal with its reason, or a deletion.
 */
class ChangeFeedServiceTest {

    private static CatalogueTesting node;

    @BeforeAll
    static void start() {
        node = new CatalogueTesting();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void sharedObjectsAreUpsertedOthersWithdrawnWithTheirReason() {
        long position = head();
        String m = CatalogueTesting.marker("Feed");
        Organisation shared = node.entity(m + " shared");
        Organisation inactive = node.entity(m + " inactive", OrganisationStatus.INACTIVE, null);
        Organisation unshared = node.entity(m + " unshared", OrganisationStatus.ACTIVE, false);
        var draft = node.article(ArticleType.NEWS, m + " draft", ArticleStatus.DRAFT, null,
                null);
        var news = node.article(ArticleType.NEWS, m + " news");

        Map<String, JsonObject> byUri = byUri(all(position, 500));
        assertEquals("upsert", byUri.get(node.uri(shared)).getString("op"));
        assertEquals(m + " shared", byUri.get(node.uri(shared)).getJsonObject("item")
                .getString("name"));
        assertEquals("not-public", byUri.get(node.uri(inactive)).getString("reason"));
        assertEquals("not-shared", byUri.get(node.uri(unshared)).getString("reason"));
        assertFalse(byUri.get(node.uri(unshared)).containsKey("item"), "nothing of it");
        assertEquals("withdrawn", byUri.get(node.uri(draft)).getString("op"));
        assertEquals("NewsArticle", byUri.get(node.uri(news)).getJsonObject("item")
                .getString("@type"));
    }

    @Test
    void aDeletedObjectAppearsOnceAsDeleted() {
        long position = head();
        Organisation gone = node.entity(CatalogueTesting.marker("Feed") + " gone");
        node.admin(() -> {
            node.services.organisations.delete(gone.getUuid(), gone.getVersion());
            return null;
        });
        List<JsonObject> changes = all(position, 500).stream()
                .filter(c -> c.getString("@id").equals(node.uri(gone))).toList();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("deleted", changes.get(0).getString("op"));
        assertTrue(changes.get(0).containsKey("deletedAt"));
    }

    @Test
    void pagesWalkEveryChangeOnceInSequenceOrder() {
        long position = head();
        String m = CatalogueTesting.marker("Feed");
        for (int i = 0; i < 7; i++) {
            node.entity(m + " " + i);
        }
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("feed"));
        node.value(scheme, "A", null);
        node.value(scheme, "B", null);
        List<JsonObject> onePage = all(position, 500);
        List<JsonObject> walked = all(position, 2);
        // Page by page, a scheme changed on two pages comes twice; a follower applying the
        // changes in order ends with the same last change of every object either way.
        assertEquals(lastSeqs(onePage), lastSeqs(walked));
        List<Long> seqs = seqs(walked);
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) > seqs.get(i - 1), "strictly increasing: " + seqs);
        }
        assertEquals(7, walked.stream().filter(c -> c.getString("type").equals("entity"))
                .count());
        assertTrue(walked.stream().anyMatch(c -> c.getString("type").equals("taxonomy")
                && c.getJsonObject("item").toString().contains("skos:Concept")));
    }

    @Test
    void aSchemeChangedSeveralTimesOnOnePageAppearsOnceAtItsLastChange() {
        long position = head();
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("feed"));
        node.value(scheme, "X", null);
        node.value(scheme, "Y", null);
        List<JsonObject> page = node.peer(() -> node.services.feed.changes(position, 500))
                .getJsonArray("changes").stream().map(JsonValue::asJsonObject).toList();
        List<JsonObject> ofScheme = page.stream().filter(c -> c.getString("@id")
                .equals(node.uri(scheme))).toList();
        assertEquals(1, ofScheme.size(), page.toString());
        assertEquals(seqs(page).get(page.size() - 1),
                ofScheme.get(0).getJsonNumber("seq").longValue());
    }

    @Test
    void deletingAValueIsAChangeOfItsScheme() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("feed"));
        node.value(scheme, "KEEP", null);
        var gone = node.value(scheme, "GONE", null);
        long position = head();
        node.admin(() -> {
            node.services.taxonomies.deleteValue(scheme.getUuid(), gone.getUuid(),
                    gone.getVersion());
            return null;
        });
        List<JsonObject> changes = all(position, 500).stream()
                .filter(c -> c.getString("@id").equals(node.uri(scheme))).toList();
        assertEquals(1, changes.size(), changes.toString());
        String skos = changes.get(0).getJsonObject("item").toString();
        assertTrue(skos.contains("KEEP") && !skos.contains("GONE"), skos);
    }

    @Test
    void badPositionsAndSizesAreRefused() {
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> node.services.feed.changes(-1, 10)).errors().get(0).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> node.services.feed.changes(0, 0)).errors().get(0).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> node.services.feed.changes(0, ChangeFeed.MAX_LIMIT + 1)).errors().get(0)
                .field());
    }

    private static long head() {
        return node.peer(() -> node.services.changes.lastSequence());
    }

    /** Every change after the position, following the feed page by page. */
    private static List<JsonObject> all(long position, int limit) {
        List<JsonObject> changes = new ArrayList<>();
        long after = position;
        boolean more = true;
        while (more) {
            long from = after;
            JsonObject page = node.peer(() -> node.services.feed.changes(from, limit));
            page.getJsonArray("changes").forEach(c -> changes.add(c.asJsonObject()));
            more = page.getBoolean("more");
            after = page.getJsonNumber("next").longValue();
        }
        return changes;
    }

    private static Map<String, JsonObject> byUri(List<JsonObject> changes) {
        return changes.stream().collect(Collectors.toMap(c -> c.getString("@id"), c -> c,
                (a, b) -> b));
    }

    private static Map<String, Long> lastSeqs(List<JsonObject> changes) {
        return changes.stream().collect(Collectors.toMap(c -> c.getString("@id"),
                c -> c.getJsonNumber("seq").longValue(), Math::max));
    }

    private static List<Long> seqs(List<JsonObject> changes) {
        return changes.stream().map(c -> c.getJsonNumber("seq").longValue()).toList();
    }
}
