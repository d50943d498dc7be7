package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InLists;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.testing.Fixtures;

/** Which of a peer's objects have a copy here, asked for many at once. */
class ImportedObjectsServiceTest {

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
    void importedAmongNamesTheOriginsThatHaveACopyHere() {
        String peer = "https://peer.example.org/api/";
        String entityOrigin = peer + "entities/" + UUID.randomUUID();
        String articleOrigin = peer + "articles/" + UUID.randomUUID();
        Organisation copy = Fixtures.organisation(CatalogueTesting.marker("Copy"), "LU");
        copy.setOriginUri(entityOrigin);
        node.admin(() -> node.services.organisations.create(copy, List.of()));
        Article articleCopy = new Article(ArticleType.NEWS);
        articleCopy.setTitle(CatalogueTesting.marker("Copy"));
        articleCopy.setOriginUri(articleOrigin);
        node.admin(() -> node.services.articles.create(articleCopy, ArticleReferences.none()));

        List<String> asked = new ArrayList<>();
        for (int i = 0; i < InLists.SIZE + 100; i++) {
            asked.add(peer + "entities/" + UUID.randomUUID());
        }
        asked.add(InLists.SIZE + 50, articleOrigin);
        asked.add(entityOrigin);
        asked.add(entityOrigin);

        assertEquals(Set.of(entityOrigin, articleOrigin),
                node.admin(() -> node.services.imported.importedAmong(asked)));
        assertEquals(Set.of(), node.admin(() -> node.services.imported.importedAmong(
                List.of())));
        assertThrows(NotAllowedException.class, () -> node.peer(() ->
                node.services.imported.importedAmong(List.of(entityOrigin))));
    }
}
