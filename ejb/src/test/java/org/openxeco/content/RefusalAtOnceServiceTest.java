package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * Creating or replacing an entity or an article names every fault of the input in one
 * refusal (its fields, its type's rules, unknown tags and entities), and stores nothing.
 */
class RefusalAtOnceServiceTest {

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anArticleWithABlankTitleAnUnknownTagAndAnUnknownEntityIsRefusedWithAll() {
        Article data = Fixtures.event(" ", Instant.parse("2026-06-01T07:00:00Z"),
                ArticleStatus.DRAFT);
        data.getEvent().get().setEnd(Instant.parse("2026-05-01T07:00:00Z"));
        ArticleReferences references = new ArticleReferences(List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()), Optional.empty(), Optional.empty());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.articles.create(data, references)));

        assertEquals(List.of("event.end", "relatedEntities[0]", "tags[0]", "title"), fields(e));
        assertEquals(fields(e), fields(node.asAdmin(() -> node.articles.check(data,
                references))));
    }

    @Test
    void replacingAnArticleNamesEveryFaultAtOnceAndChangesNothing() {
        String title = Fixtures.unique("Kept");
        Article stored = node.asAdmin(() -> node.articles.create(Fixtures.event(title,
                Instant.parse("2026-06-01T07:00:00Z"), ArticleStatus.DRAFT),
                ArticleReferences.none()));
        Article data = Fixtures.event("", Instant.parse("2026-06-01T07:00:00Z"),
                ArticleStatus.DRAFT);
        ArticleReferences references = new ArticleReferences(List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()), Optional.empty(), Optional.empty());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.articles.update(stored.getUuid(),
                        stored.getVersion(), data, references)));

        assertEquals(List.of("relatedEntities[0]", "tags[0]", "title"), fields(e));
        assertEquals(title, node.asAdmin(() -> node.articles.get(stored.getUuid()).getTitle()));
    }

    @Test
    void anEntityWithABlankNameABadWebsiteAndAnUnknownTagIsRefusedWithAll() {
        Organisation data = Fixtures.organisation(" ", "LU");
        data.setWebsites(List.of("https://ok.example.org", "ftp://no.example.org"));
        List<UUID> tags = List.of(UUID.randomUUID());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.organisations.create(data, tags)));

        assertEquals(List.of("name", "tags[0]", "websites[1]"), fields(e));
        Organisation stored = node.asAdmin(() -> node.organisations.create(
                Fixtures.organisation(Fixtures.unique("Kept"), "LU"), List.of()));
        InvalidInputException update = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.organisations.update(stored.getUuid(),
                        stored.getVersion(), data, tags)));
        assertEquals(fields(e), fields(update));
        assertEquals(fields(e), fields(node.asAdmin(() -> node.organisations.check(data,
                tags))));
    }

    private static List<String> fields(InvalidInputException e) {
        return fields(e.errors());
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).sorted().toList();
    }
}
