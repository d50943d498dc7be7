package org.openxeco.network.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.SharingPolicy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** The catalogue on a fresh test database, with helpers that make shared and unshared objects. */
final class CatalogueTesting implements AutoCloseable {

    static final Instant PAST = Instant.parse("2025-05-04T07:30:00Z");

    final Services services = new Services();
    final CatalogueService catalogue = services.catalogue;

    <T> T admin(Callable<T> work) {
        return services.asAdmin(work);
    }

    <T> T peer(Callable<T> work) {
        return services.asVisitor(work);
    }

    /** A new entity with the given status and own sharing choice (null: the default). */
    Organisation entity(String name, OrganisationStatus status, Boolean shared,
            TaxonomyValue... tags) {
        Organisation data = Fixtures.organisation(name, "LU");
        data.setStatus(status);
        data.setShared(shared);
        return admin(() -> services.organisations.create(data,
                List.of(tags).stream().map(TaxonomyValue::getUuid).toList()));
    }

    /** A new public entity following the default. */
    Organisation entity(String name, TaxonomyValue... tags) {
        return entity(name, OrganisationStatus.ACTIVE, null, tags);
    }

    /** A new article of the given type, status, publication time and sharing choice. */
    Article article(ArticleType type, String title, ArticleStatus status, Instant publishedAt,
            Boolean shared, TaxonomyValue... tags) {
        Article data = type == ArticleType.EVENT ? Fixtures.event(title, PAST, status)
                : new Article(type);
        data.setTitle(title);
        data.setStatus(status);
        data.setPublishedAt(publishedAt);
        data.setShared(shared);
        return admin(() -> services.articles.create(data, new ArticleReferences(
                List.of(tags).stream().map(TaxonomyValue::getUuid).toList(), List.of(),
                Optional.empty(), Optional.empty())));
    }

    /** A new public article published in the past, following the default of its type. */
    Article article(ArticleType type, String title, TaxonomyValue... tags) {
        return article(type, title, ArticleStatus.PUBLIC, PAST, null, tags);
    }

    /** A new scheme tagging entities and every article type. */
    TaxonomyScheme scheme(String code) {
        return admin(() -> services.taxonomies.createScheme(Fixtures.scheme(code,
                ObjectType.ENTITY, ObjectType.NEWS, ObjectType.EVENT, ObjectType.JOB_OFFER,
                ObjectType.SERVICE, ObjectType.TOOL)));
    }

    /** A new value of a scheme, under a parent (null: at the root), with these labels. */
    TaxonomyValue value(TaxonomyScheme scheme, String code, TaxonomyValue parent,
            Map<String, String> labels) {
        TaxonomyValue data = new TaxonomyValue(scheme, code);
        data.setLabels(labels);
        return admin(() -> services.taxonomies.createValue(scheme.getUuid(), data,
                parent == null ? null : parent.getUuid()));
    }

    /** A new value labelled in English only. */
    TaxonomyValue value(TaxonomyScheme scheme, String code, TaxonomyValue parent) {
        return value(scheme, code, parent, Map.of("en", "Label " + code));
    }

    /** The URI of a value on this node. */
    String uri(TaxonomyValue value) {
        return services.uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }

    /** Sets the sharing defaults of the given types; the others are shared. */
    void defaults(Map<ObjectType, Boolean> off) {
        Map<ObjectType, Boolean> all = new EnumMap<>(ObjectType.class);
        SharingPolicy.SHAREABLE.forEach(t -> all.put(t, true));
        all.putAll(off);
        admin(() -> {
            services.sharing.setDefaults(all);
            return null;
        });
    }

    /** Every shared type shared by default again. */
    void shareEverything() {
        defaults(Map.of());
    }

    /** The URIs of every entity the catalogue lists for the query, over all pages. */
    List<String> entityUris(CatalogueQuery query) {
        return uris(this::entities, query);
    }

    /** The URIs of every article the catalogue lists for the query, over all pages. */
    List<String> articleUris(CatalogueQuery query) {
        return uris(this::articles, query);
    }

    CataloguePage entities(CatalogueQuery query) {
        return peer(() -> catalogue.entities(query));
    }

    CataloguePage articles(CatalogueQuery query) {
        return peer(() -> catalogue.articles(query));
    }

    private static List<String> uris(Function<CatalogueQuery, CataloguePage> list,
            CatalogueQuery query) {
        List<String> found = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        CatalogueQuery next = query;
        while (true) {
            CataloguePage page = list.apply(next);
            page.items().stream().map(i -> i.getString("@id")).forEach(found::add);
            totals.add(page.toJson().getJsonNumber("numberOfItems").longValue());
            if (page.nextCursor().isEmpty()) {
                // Every page tells how many match on all pages.
                totals.forEach(t -> org.junit.jupiter.api.Assertions.assertEquals(
                        (long) found.size(), t, "numberOfItems of a page"));
                return found;
            }
            next = query.after(page.nextCursor().get());
        }
    }

    String uri(Organisation o) {
        return services.uris.entity(o.getUuid());
    }

    String uri(Article a) {
        return services.uris.article(a.getUuid());
    }

    String uri(TaxonomyScheme scheme) {
        return services.uris.taxonomy(scheme.getUuid());
    }

    /** The JSON-LD the catalogue gives for this entity, found by its name. */
    JsonObject entityJson(Organisation o) {
        return only(entities(CatalogueQuery.all().withText(o.getName())), uri(o));
    }

    /** The JSON-LD the catalogue gives for this article, found by its title. */
    JsonObject articleJson(Article a) {
        return only(articles(CatalogueQuery.all().withText(a.getTitle())), uri(a));
    }

    private static JsonObject only(CataloguePage page, String uri) {
        return page.items().stream().filter(i -> i.getString("@id").equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(uri + " not in the catalogue"));
    }

    static Instant hoursFromNow(int hours) {
        return Instant.now().plusSeconds(3600L * hours).truncatedTo(ChronoUnit.MICROS);
    }

    static String marker(String prefix) {
        return Fixtures.unique(prefix);
    }

    /** A taxonomy code unique in the test database. */
    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        services.close();
    }
}
