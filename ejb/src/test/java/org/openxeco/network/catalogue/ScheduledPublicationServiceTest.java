package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;

/** A scheduled article reaches the change feed when its publication time has passed. */
class ScheduledPublicationServiceTest {

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
    void aScheduledArticleIsUpsertedOnceItsTimeHasPassed() throws InterruptedException {
        Instant due = Instant.now().plusSeconds(2);
        node.admin(() -> node.services.publication.markDue(Instant.now()));
        Article scheduled = node.article(ArticleType.NEWS, CatalogueTesting.marker("Later"),
                ArticleStatus.PUBLIC, due, null);
        long position = node.peer(() -> node.services.changes.lastSequence());
        assertEquals("withdrawn", latest(position - 1, node.uri(scheduled)).getString("op"),
                "not public yet when written");

        Thread.sleep(java.time.Duration.between(Instant.now(), due).toMillis() + 300);
        int marked = node.admin(() -> node.services.publication.markDue(Instant.now()));
        assertEquals(1, marked);
        JsonObject change = latest(position, node.uri(scheduled));
        assertEquals("upsert", change.getString("op"));
        assertTrue(change.getJsonNumber("seq").longValue() > position);
        assertEquals(0, (int) node.admin(() -> node.services.publication.markDue(
                Instant.now())), "marked once only");
    }

    @Test
    void anArticleWrittenWhenItWasPublicAlreadyKeepsItsChangeNumber() {
        Instant checked = Instant.now();
        node.admin(() -> node.services.publication.markDue(checked));
        Article written = node.article(ArticleType.NEWS, CatalogueTesting.marker("Now"),
                ArticleStatus.PUBLIC, Instant.now(), null);
        int marked = node.admin(() -> node.services.publication.markDue(Instant.now()
                .plusMillis(5)));
        assertEquals(0, marked, "published before or when it was written: in the feed already");
        Article again = node.admin(() -> node.services.articles.get(written.getUuid()));
        assertEquals(written.getChangeSeq(), again.getChangeSeq());
    }

    private static JsonObject latest(long after, String uri) {
        List<JsonObject> changes = node.peer(() -> node.services.feed.changes(after, 500))
                .getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("@id").equals(uri)).toList();
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }
}
