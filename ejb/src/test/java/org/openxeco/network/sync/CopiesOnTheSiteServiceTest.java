package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleListing;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.PublicContent;
import org.openxeco.directory.DirectoryQuery;
import org.openxeco.directory.DirectorySearch;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Wiring;

/**
 * What node A's public site shows of the copies it imported from node B through the sync
 * engine's page applier: copies are found by their search text like local entities, and a
 * copy withdrawn at its origin leaves the directory, its page and the article lists.
 */
class CopiesOnTheSiteServiceTest {

    private SyncTesting nodes;
    private Engine engine;
    private DirectorySearch directory;
    private PublicContent content;

    @BeforeEach
    void start() {
        nodes = new SyncTesting();
        engine = new Engine(nodes, true);
        directory = new DirectorySearch();
        Wiring.set(directory, "em", nodes.a.entityManager());
        Wiring.set(directory, "taxonomies", nodes.a.taxonomies);
        content = new PublicContent();
        Wiring.set(content, "em", nodes.a.entityManager());
        Wiring.set(content, "taxonomies", nodes.a.taxonomies);
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void anImportedEntityIsFoundByAWordOfItsDescriptionWhateverTheAccents() {
        String marker = Fixtures.unique("Imported").replace(" ", "");
        Organisation data = Fixtures.organisation(marker, "LU");
        data.setDescription("<p>Chiffrement <b>résistant</b> aux ordinateurs quantiques</p>");
        Organisation onB = nodes.onB(() -> nodes.b.organisations.create(data, List.of()));

        engine.syncAll(100);

        Organisation copy = copyOnA(onB);
        assertEquals(List.of(copy.getUuid()), found(marker + " RESISTANT"));
        assertEquals(List.of(copy.getUuid()), found(marker + " Quantiqués"));

        Organisation changed = nodes.onB(() -> nodes.b.organisations.get(onB.getUuid()));
        changed.setDescription("<p>Signatures post-quantiques éprouvées</p>");
        nodes.onB(() -> nodes.b.organisations.update(onB.getUuid(), changed.getVersion(),
                changed, List.of()));
        engine.syncAll(100);

        assertEquals(List.of(copy.getUuid()), found(marker + " eprouvees"));
        assertEquals(List.of(), found(marker + " resistant"), "the old text is gone");
    }

    @Test
    void aCopyWithdrawnAtItsOriginLeavesTheDirectoryItsPageAndTheArticleLists() {
        String marker = Fixtures.unique("Withdrawn").replace(" ", "");
        Organisation onB = nodes.onB(() -> nodes.b.organisations.create(
                Fixtures.organisation(marker, "BE"), List.of()));
        Article news = nodes.onB(() -> nodes.b.articles.create(news(marker + " news"),
                new ArticleReferences(List.of(), List.of(onB.getUuid()), Optional.empty(),
                        Optional.empty())));
        engine.syncAll(100);
        Organisation copy = copyOnA(onB);
        Article newsCopy = articleCopyOnA(news);
        assertEquals(List.of(copy.getUuid()), found(marker));
        assertTrue(nodes.a.asVisitor(() -> directory.find(copy.getUuid())).isPresent());
        assertEquals(List.of(newsCopy.getUuid()), newsOnA(marker));
        assertEquals(List.of(newsCopy.getUuid()), aboutOnA(copy));

        Organisation inactive = nodes.onB(() -> nodes.b.organisations.get(onB.getUuid()));
        inactive.setStatus(OrganisationStatus.INACTIVE);
        nodes.onB(() -> nodes.b.organisations.update(onB.getUuid(), inactive.getVersion(),
                inactive, List.of()));
        Article current = nodes.onB(() -> nodes.b.articles.get(news.getUuid()));
        nodes.onB(() -> {
            nodes.b.articles.delete(news.getUuid(), current.getVersion());
            return null;
        });
        PageResult result = engine.syncAll(100).get(0);

        assertEquals(2, result.withdrawn(), result.toString());
        assertEquals(List.of(), found(marker), "not in the directory");
        assertFalse(nodes.a.asVisitor(() -> directory.find(copy.getUuid())).isPresent(),
                "no entity page");
        assertEquals(List.of(), newsOnA(marker), "not in the news list");
        assertFalse(nodes.a.asVisitor(() -> content.bySlug(ArticleType.NEWS,
                newsCopy.getSlug())).isPresent(), "no article page");
        assertFalse(nodes.a.asVisitor(() -> content.latest(ArticleType.NEWS, 100)).stream()
                .anyMatch(a -> a.getUuid().equals(newsCopy.getUuid())), "not on the home page");
    }

    private List<UUID> found(String words) {
        return nodes.a.asVisitor(() -> directory.search(new DirectoryQuery(Optional.of(words),
                Optional.empty(), Optional.empty(), List.of()), 0, 20, "en")).items().stream()
                .map(Organisation::getUuid).toList();
    }

    private List<UUID> newsOnA(String words) {
        return nodes.a.asVisitor(() -> content.list(new ArticleListing(ArticleType.NEWS,
                Optional.of(words), List.of(), ArticleListing.Timing.ANY), 0, 20, "en"))
                .items().stream().map(Article::getUuid).toList();
    }

    private List<UUID> aboutOnA(Organisation entity) {
        return nodes.a.asVisitor(() -> content.about(entity, 20)).stream()
                .map(Article::getUuid).toList();
    }

    private Organisation copyOnA(Organisation onB) {
        String uri = nodes.b.uris.entity(onB.getUuid());
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select o from Organisation o where o.originUri = :u", Organisation.class)
                .setParameter("u", uri).getSingleResult());
    }

    private Article articleCopyOnA(Article onB) {
        String uri = nodes.b.uris.article(onB.getUuid());
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select a from Article a where a.originUri = :u", Article.class)
                .setParameter("u", uri).getSingleResult());
    }

    private static Article news(String title) {
        Article a = new Article(ArticleType.NEWS);
        a.setTitle(title);
        a.setStatus(ArticleStatus.PUBLIC);
        return a;
    }
}
