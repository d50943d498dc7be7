package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.media.ImageSamples;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * One change an administrator makes raises the stored version of the object by exactly one,
 * and the version the service answers with is the stored one: the one a client sends back.
 */
class OneVersionPerChangeServiceTest {

    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void entityUpdateWithTagsAndAddresses() {
        TaxonomyScheme scheme = scheme(ObjectType.ENTITY);
        TaxonomyValue first = value(scheme, "first", null);
        TaxonomyValue second = value(scheme, "second", null);
        Organisation saved = admin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique("Tagged"), "BE"), List.of(first.getUuid())));
        Organisation data = Fixtures.organisation(saved.getName() + " moved", "NL");
        data.setAddresses(List.of(new Address("2 Side Street", "4321", "City", null, "NL"),
                new Address(null, null, "Village", null, "LU")));

        Organisation updated = admin(() -> services.organisations.update(saved.getUuid(),
                saved.getVersion(), data, List.of(first.getUuid(), second.getUuid())));

        assertOneStep(saved.getVersion(), updated.getVersion(), entity(saved).getVersion());
    }

    @Test
    void entityLogo() {
        Organisation saved = admin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique("Logo"), "LU"), List.of()));
        String hash = admin(() -> services.media.store(ImageSamples.png(31), "logo.png"))
                .getHash();

        Organisation updated = admin(() -> services.organisations.setLogo(saved.getUuid(),
                saved.getVersion(), hash));

        assertOneStep(saved.getVersion(), updated.getVersion(), entity(saved).getVersion());
    }

    @Test
    void articleUpdateWithTagsAndRelatedEntities() {
        TaxonomyValue tag = value(scheme(ObjectType.EVENT), "topic", null);
        Organisation one = admin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique("One"), "LU"), List.of()));
        Organisation two = admin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique("Two"), "LU"), List.of()));
        Article saved = admin(() -> services.articles.create(Fixtures.event(
                Fixtures.unique("Meeting"), Instant.parse("2025-05-01T10:00:00Z"),
                ArticleStatus.DRAFT), ArticleReferences.none()));
        Article data = Fixtures.event(saved.getTitle() + " moved",
                Instant.parse("2025-06-01T10:00:00Z"), ArticleStatus.DRAFT);

        Article updated = admin(() -> services.articles.update(saved.getUuid(),
                saved.getVersion(), data, new ArticleReferences(List.of(tag.getUuid()),
                        List.of(one.getUuid(), two.getUuid()), Optional.empty(),
                        Optional.empty())));

        assertOneStep(saved.getVersion(), updated.getVersion(), article(saved).getVersion());
    }

    @Test
    void everyWorkflowStepOfAnArticle() {
        Article article = admin(() -> services.articles.create(Fixtures.event(
                Fixtures.unique("Steps"), Instant.parse("2025-05-01T10:00:00Z"),
                ArticleStatus.DRAFT), ArticleReferences.none()));
        for (ArticleStatus target : List.of(ArticleStatus.UNDER_REVIEW, ArticleStatus.PUBLIC,
                ArticleStatus.ARCHIVED)) {
            Article before = article;
            article = admin(() -> services.workflow.transition(before.getUuid(),
                    before.getVersion(), target, null));
            assertOneStep(before.getVersion(), article.getVersion(),
                    article(before).getVersion());
        }
    }

    @Test
    void valueUpdateWithAMove() {
        TaxonomyScheme scheme = scheme(ObjectType.ENTITY);
        TaxonomyValue parent = value(scheme, "parent", null);
        TaxonomyValue moved = value(scheme, "moved", null);
        value(scheme, "child", moved.getUuid());
        TaxonomyValue data = new TaxonomyValue(scheme, "renamed");
        data.setLabels(Map.of("en", "Renamed"));

        TaxonomyValue updated = admin(() -> services.taxonomies.updateValue(scheme.getUuid(),
                moved.getUuid(), moved.getVersion(), data, parent.getUuid()));

        long stored = admin(() -> services.taxonomies.value(scheme.getUuid(), moved.getUuid()))
                .getVersion();
        assertOneStep(moved.getVersion(), updated.getVersion(), stored);
        assertEquals(parent.getUuid(), updated.getParent().orElseThrow().getUuid());
    }

    @Test
    void valueUpdateInPlace() {
        TaxonomyScheme scheme = scheme(ObjectType.ENTITY);
        TaxonomyValue value = value(scheme, "kept", null);
        TaxonomyValue data = new TaxonomyValue(scheme, "kept2");
        data.setLabels(Map.of("en", "Kept", "fr", "Gardé"));

        TaxonomyValue updated = admin(() -> services.taxonomies.updateValue(scheme.getUuid(),
                value.getUuid(), value.getVersion(), data, null));

        long stored = admin(() -> services.taxonomies.value(scheme.getUuid(), value.getUuid()))
                .getVersion();
        assertOneStep(value.getVersion(), updated.getVersion(), stored);
    }

    @Test
    void schemeUpdate() {
        TaxonomyScheme saved = scheme(ObjectType.ENTITY);
        TaxonomyScheme data = Fixtures.scheme(saved.getCode() + "x", ObjectType.ENTITY,
                ObjectType.NEWS);

        TaxonomyScheme updated = admin(() -> services.taxonomies.updateScheme(saved.getUuid(),
                saved.getVersion(), data));

        long stored = admin(() -> services.taxonomies.scheme(saved.getUuid())).getVersion();
        assertOneStep(saved.getVersion(), updated.getVersion(), stored);
    }

    static void assertOneStep(long before, long answered, long stored) {
        assertEquals(before + 1, stored, "stored version after one change");
        assertEquals(stored, answered, "version the service answered with");
    }

    private static <T> T admin(Supplier<T> work) {
        return services.asAdmin(work::get);
    }

    private static TaxonomyScheme scheme(ObjectType target) {
        return admin(() -> services.taxonomies.createScheme(Fixtures.scheme(
                "v" + UUID.randomUUID().toString().substring(0, 8), target)));
    }

    private static TaxonomyValue value(TaxonomyScheme scheme, String code, UUID parent) {
        TaxonomyValue value = new TaxonomyValue(scheme, code);
        value.setLabels(Map.of("en", code));
        return admin(() -> services.taxonomies.createValue(scheme.getUuid(), value, parent));
    }

    private static Organisation entity(Organisation saved) {
        return admin(() -> services.organisations.get(saved.getUuid()));
    }

    private static Article article(Article saved) {
        return admin(() -> services.articles.get(saved.getUuid()));
    }
}
