package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * Which objects the catalogue offers: public ones shared by their own choice or by the default
 * of their type, exactly as the sharing policy decides one object at a time.
 */
class CatalogueSharingServiceTest {

    private static CatalogueTesting node;

    @BeforeAll
    static void start() {
        node = new CatalogueTesting();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @AfterEach
    void shareEverythingAgain() {
        node.shareEverything();
    }

    @Test
    void onlyPublicAndSharedEntitiesAreListed() {
        String m = CatalogueTesting.marker("Vis");
        Organisation byDefault = node.entity(m + " default");
        Organisation chosen = node.entity(m + " chosen", OrganisationStatus.ACTIVE, true);
        Organisation refused = node.entity(m + " refused", OrganisationStatus.ACTIVE, false);
        Organisation inactive = node.entity(m + " inactive", OrganisationStatus.INACTIVE, true);

        assertEquals(Set.of(node.uri(byDefault), node.uri(chosen)),
                Set.copyOf(node.entityUris(CatalogueQuery.all().withText(m))));
        agreesWithSharingPolicy(m, List.of(byDefault, chosen, refused, inactive), List.of());
    }

    @Test
    void draftsReviewsArchivesScheduledAndUnsharedArticlesNeverAppear() {
        String m = CatalogueTesting.marker("Vis");
        List<Article> shown = new ArrayList<>();
        List<Article> all = new ArrayList<>();
        for (ArticleType type : ArticleType.values()) {
            shown.add(node.article(type, m + " public " + type));
            shown.add(node.article(type, m + " chosen " + type, ArticleStatus.PUBLIC,
                    CatalogueTesting.PAST, true));
            all.add(node.article(type, m + " draft " + type, ArticleStatus.DRAFT, null, true));
            all.add(node.article(type, m + " review " + type, ArticleStatus.UNDER_REVIEW,
                    null, true));
            all.add(node.article(type, m + " archived " + type, ArticleStatus.ARCHIVED,
                    CatalogueTesting.PAST, true));
            all.add(node.article(type, m + " scheduled " + type, ArticleStatus.PUBLIC,
                    CatalogueTesting.hoursFromNow(1), true));
            all.add(node.article(type, m + " refused " + type, ArticleStatus.PUBLIC,
                    CatalogueTesting.PAST, false));
        }
        all.addAll(shown);

        assertEquals(uris(shown), Set.copyOf(node.articleUris(CatalogueQuery.all()
                .withText(m))));
        agreesWithSharingPolicy(m, List.of(), all);
    }

    @Test
    void aScheduledArticleAppearsOnceItsTimeHasCome() {
        String m = CatalogueTesting.marker("Later");
        Article scheduled = node.article(ArticleType.NEWS, m, ArticleStatus.PUBLIC,
                CatalogueTesting.hoursFromNow(1), null);
        assertEquals(List.of(), node.articleUris(CatalogueQuery.all().withText(m)));

        node.catalogue.clock = Clock.offset(Clock.systemUTC(),
                Duration.ofHours(2));
        try {
            assertEquals(List.of(node.uri(scheduled)),
                    node.articleUris(CatalogueQuery.all().withText(m)));
        } finally {
            node.catalogue.clock = Clock.systemUTC();
        }
    }

    @Test
    void aTypeWhoseDefaultIsOffShowsOnlyObjectsSharedByChoice() {
        String m = CatalogueTesting.marker("Off");
        Organisation entityByDefault = node.entity(m + " entity default");
        Organisation entityChosen = node.entity(m + " entity chosen", OrganisationStatus.ACTIVE,
                true);
        Article newsByDefault = node.article(ArticleType.NEWS, m + " news default");
        Article newsChosen = node.article(ArticleType.NEWS, m + " news chosen",
                ArticleStatus.PUBLIC, CatalogueTesting.PAST, true);
        Article eventByDefault = node.article(ArticleType.EVENT, m + " event default");
        Article eventRefused = node.article(ArticleType.EVENT, m + " event refused",
                ArticleStatus.PUBLIC, CatalogueTesting.PAST, false);

        node.defaults(Map.of(ObjectType.ENTITY, false, ObjectType.NEWS, false));

        CatalogueQuery query = CatalogueQuery.all().withText(m);
        assertEquals(List.of(node.uri(entityChosen)), node.entityUris(query));
        assertEquals(Set.of(node.uri(newsChosen), node.uri(eventByDefault)),
                Set.copyOf(node.articleUris(query)));
        agreesWithSharingPolicy(m, List.of(entityByDefault, entityChosen),
                List.of(newsByDefault, newsChosen, eventByDefault, eventRefused));

        node.defaults(Map.of(ObjectType.NEWS, false, ObjectType.EVENT, false,
                ObjectType.JOB_OFFER, false, ObjectType.SERVICE, false, ObjectType.TOOL, false));
        assertEquals(List.of(node.uri(newsChosen)), node.articleUris(query));
        agreesWithSharingPolicy(m, List.of(entityByDefault, entityChosen),
                List.of(newsByDefault, newsChosen, eventByDefault, eventRefused));
    }

    @Test
    void taxonomiesAreListedOnlyWhileTheirTypeIsShared() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("off"));
        CatalogueQuery query = CatalogueQuery.all().withText(scheme.getCode());
        assertEquals(1, node.peer(() -> node.catalogue.taxonomies(query)).items().size());
        assertTrue(node.peer(() -> node.catalogue.taxonomy(scheme.getUuid())).isPresent());

        node.defaults(Map.of(ObjectType.TAXONOMY, false));

        assertEquals(0, node.peer(() -> node.catalogue.taxonomies(query)).items().size());
        assertTrue(node.peer(() -> node.catalogue.taxonomy(scheme.getUuid())).isEmpty());
    }

    /** The catalogue lists exactly the objects the sharing policy calls shared, one by one. */
    private static void agreesWithSharingPolicy(String marker, List<Organisation> entities,
            List<Article> articles) {
        CatalogueQuery query = CatalogueQuery.all().withText(marker);
        List<String> listedEntities = node.entityUris(query);
        List<String> listedArticles = node.articleUris(query);
        for (Organisation o : entities) {
            boolean shared = node.peer(() -> node.services.sharing.isShared(o));
            assertEquals(shared, listedEntities.contains(node.uri(o)), o.getName());
        }
        for (Article a : articles) {
            boolean shared = node.peer(() -> node.services.sharing.isShared(a));
            assertEquals(shared, listedArticles.contains(node.uri(a)), a.getTitle());
        }
        assertFalse(entities.isEmpty() && articles.isEmpty());
    }

    private static Set<String> uris(List<Article> articles) {
        return articles.stream().map(node::uri).collect(Collectors.toSet());
    }
}
