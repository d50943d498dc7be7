package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;

/** The catalogue's filters, its keyset paging and the refusal of bad queries. */
class CatalogueServiceTest {

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
    void textMatchesNamesAndTitlesIgnoringCaseAndAccents() {
        String m = CatalogueTesting.marker("Txt");
        Organisation creme = node.entity(m + " Crème Quantique");
        node.entity(m + " Other");
        Article news = node.article(ArticleType.NEWS, m + " Quantum Leap");
        node.article(ArticleType.NEWS, m + " Unrelated");

        assertEquals(List.of(node.uri(creme)),
                node.entityUris(CatalogueQuery.all().withText(m + " CREME")));
        assertEquals(List.of(node.uri(news)),
                node.articleUris(CatalogueQuery.all().withText(m + " quantum")));
        assertEquals(List.of(), node.entityUris(CatalogueQuery.all().withText(m + " 100%")));
    }

    @Test
    void aTagMatchesObjectsTaggedWithTheValueOrBelowIt() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("tags"));
        TaxonomyValue europe = node.value(scheme, "EU", null);
        TaxonomyValue luxembourg = node.value(scheme, "LU", europe);
        String m = CatalogueTesting.marker("Tag");
        Organisation inEurope = node.entity(m + " europe", europe);
        Organisation inLuxembourg = node.entity(m + " luxembourg", luxembourg);
        node.entity(m + " untagged");
        Article event = node.article(ArticleType.EVENT, m + " event", luxembourg);
        node.article(ArticleType.EVENT, m + " untagged event");

        CatalogueQuery query = CatalogueQuery.all().withText(m);
        assertEquals(Set.of(node.uri(inEurope), node.uri(inLuxembourg)),
                Set.copyOf(node.entityUris(query.withTag(node.uri(europe)))));
        assertEquals(List.of(node.uri(inLuxembourg)),
                node.entityUris(query.withTag(node.uri(luxembourg))));
        assertEquals(List.of(node.uri(event)),
                node.articleUris(query.withTag(node.uri(europe))));
        assertEquals(List.of(), node.entityUris(query.withTag(
                node.uri(europe).replace(europe.getUuid().toString(),
                        UUID.randomUUID().toString()))));
    }

    @Test
    void aValueWithACanonicalUriIsMatchedByThatUriOnly() {
        TaxonomyScheme scheme = node.scheme(CatalogueTesting.code("canon"));
        TaxonomyValue value = node.value(scheme, "C1", null);
        String canonical = "https://vocabulary.example.org/concepts/" + value.getUuid();
        TaxonomyValue data = new TaxonomyValue(scheme, "C1");
        data.setLabels(value.getLabels());
        data.setCanonicalUri(canonical);
        node.admin(() -> node.services.taxonomies.updateValue(scheme.getUuid(),
                value.getUuid(), value.getVersion(), data, null));
        String m = CatalogueTesting.marker("Canon");
        Organisation tagged = node.entity(m, value);

        CatalogueQuery query = CatalogueQuery.all().withText(m);
        assertEquals(List.of(node.uri(tagged)), node.entityUris(query.withTag(canonical)));
        assertEquals(List.of(), node.entityUris(query.withTag(node.uri(value))));
    }

    @Test
    void theTypeFilterKeepsOneArticleType() {
        String m = CatalogueTesting.marker("Typ");
        Article job = node.article(ArticleType.JOB_OFFER, m + " job");
        node.article(ArticleType.NEWS, m + " news");
        node.article(ArticleType.TOOL, m + " tool");

        assertEquals(List.of(node.uri(job)), node.articleUris(CatalogueQuery.all().withText(m)
                .withType(ArticleType.JOB_OFFER)));
    }

    /**
     * The catalogue is ordered by UUID and a cursor holds the last UUID handed out. Updates
     * change an object's change number but never its UUID, so an object keeps its place:
     * one updated behind the cursor is not handed out again, one updated ahead of it is
     * still handed out once. (An order by change number would move both to the end.)
     */
    @Test
    void pagesWalkEveryObjectExactlyOnceWhileObjectsChange() {
        String m = CatalogueTesting.marker("Walk");
        List<Organisation> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(node.entity(m + " " + i));
        }
        CatalogueQuery query = CatalogueQuery.first(3).withText(m);

        List<String> walked = new ArrayList<>();
        CataloguePage page = node.entities(query);
        int pages = 1;
        while (true) {
            assertTrue(page.items().size() <= 3);
            page.items().forEach(i -> walked.add(i.getString("@id")));
            if (page.nextCursor().isEmpty()) {
                break;
            }
            for (Organisation o : created) {
                rename(o);
            }
            page = node.entities(query.after(page.nextCursor().get()));
            pages++;
        }

        assertEquals(3, pages);
        assertEquals(7, walked.size());
        assertEquals(created.stream().map(node::uri).collect(Collectors.toSet()),
                new HashSet<>(walked));
        List<String> uuids = walked.stream().map(u -> u.substring(u.lastIndexOf('/') + 1))
                .toList();
        assertEquals(uuids.stream().sorted().toList(), uuids, "ordered by UUID");
    }

    @Test
    void aCursorOfAnotherListOrNotHandedOutIsRefused() {
        String m = CatalogueTesting.marker("Cur");
        node.entity(m + " 1");
        node.entity(m + " 2");
        String entityCursor = node.entities(CatalogueQuery.first(1).withText(m)).nextCursor()
                .orElseThrow();

        assertEquals("cursor", refusedField(() -> node.articles(CatalogueQuery.first(1)
                .after(entityCursor))));
        assertEquals("cursor", refusedField(() -> node.entities(CatalogueQuery.first(1)
                .after("not-a-cursor"))));
    }

    @Test
    void badLimitsTagsAndTypesAreRefusedWithTheirField() {
        assertEquals("limit", refusedField(() -> CatalogueQuery.first(0)));
        assertEquals("limit", refusedField(() -> CatalogueQuery.first(
                CatalogueQuery.MAX_LIMIT + 1)));
        assertEquals(CatalogueQuery.MAX_LIMIT, CatalogueQuery.first(CatalogueQuery.MAX_LIMIT)
                .limit());
        assertEquals(CatalogueQuery.DEFAULT_LIMIT, CatalogueQuery.all().limit());
        assertEquals("tag", refusedField(() -> CatalogueQuery.all().withTag("not a uri")));
        assertEquals("tag", refusedField(() -> CatalogueQuery.all().withTag("relative/path")));
        assertEquals("q", refusedField(() -> CatalogueQuery.all().withText("x".repeat(
                CatalogueQuery.MAX_TEXT + 1))));
        assertEquals("type", refusedField(() -> node.entities(CatalogueQuery.all()
                .withType(ArticleType.NEWS))));
        assertEquals("tag", refusedField(() -> node.peer(() -> node.catalogue.taxonomies(
                CatalogueQuery.all().withTag("https://example.org/c")))));
    }

    private static void rename(Organisation o) {
        Organisation current = node.peer(() -> node.services.organisations.get(o.getUuid()));
        Organisation data = Fixtures.organisation(current.getName(), "LU");
        data.setLegalName(current.getName() + " " + current.getVersion());
        node.admin(() -> node.services.organisations.update(o.getUuid(),
                current.getVersion(), data, List.of()));
    }

    private static String refusedField(Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        return e.errors().get(0).field();
    }
}
