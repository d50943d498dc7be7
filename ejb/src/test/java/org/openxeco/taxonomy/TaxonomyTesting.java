package org.openxeco.taxonomy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ObjectType;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * The taxonomy services on a fresh test database, the ones {@link Services} does not hold
 * wired here by hand, with helpers that build trees and tag objects.
 */
final class TaxonomyTesting implements AutoCloseable {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    final Services services = new Services();
    final TaxonomyService taxonomies = services.taxonomies;
    final TaxonomyInstaller installer = services.installer;
    final TaxonomyTree tree = new TaxonomyTree();
    final TaxonomyUsage usage = new TaxonomyUsage();
    final TaxonomyLabels labels = new TaxonomyLabels();
    final TaxonomyExport export = new TaxonomyExport();

    TaxonomyTesting() {
        tree.em = services.entityManager();
        tree.changes = services.changes;
        tree.taxonomies = taxonomies;
        usage.em = services.entityManager();
        usage.taxonomies = taxonomies;
        labels.validator = VALIDATION.getValidator();
        labels.changes = services.changes;
        labels.taxonomies = taxonomies;
        export.taxonomies = taxonomies;
    }

    <T> T admin(Callable<T> work) {
        return services.asAdmin(work);
    }

    <T> T visitor(Callable<T> work) {
        return services.asVisitor(work);
    }

    /** A new scheme tagging entities, events and news. */
    UUID scheme() {
        return admin(() -> taxonomies.createScheme(Fixtures.scheme("s" + suffix(),
                ObjectType.ENTITY, ObjectType.EVENT, ObjectType.NEWS))).getUuid();
    }

    TaxonomyValue value(UUID scheme, String code, UUID parent) {
        TaxonomyValue data = data(scheme, code);
        return admin(() -> taxonomies.createValue(scheme, data, parent));
    }

    /** An unsaved value with the English label "Label " + code. */
    TaxonomyValue data(UUID scheme, String code) {
        TaxonomyValue value = new TaxonomyValue(taxonomies.scheme(scheme), code);
        value.setLabels(Map.of("en", "Label " + code));
        return value;
    }

    /** The value as stored now. */
    TaxonomyValue reload(UUID scheme, TaxonomyValue value) {
        return visitor(() -> taxonomies.value(scheme, value.getUuid()));
    }

    /** The values of a scheme by code, as stored now. */
    Map<String, TaxonomyValue> byCode(UUID scheme) {
        Map<String, TaxonomyValue> values = new LinkedHashMap<>();
        for (TaxonomyValue value : visitor(() -> taxonomies.values(scheme))) {
            values.put(value.getCode(), value);
        }
        return values;
    }

    /** The codes of the children of a value (null: the roots), by stored position. */
    List<String> children(UUID scheme, String parentCode) {
        return visitor(() -> taxonomies.values(scheme)).stream()
                .filter(v -> parentCode == null ? v.getParent().isEmpty()
                        : v.getParent().map(p -> p.getCode().equals(parentCode)).orElse(false))
                .sorted(Comparator.comparingInt(TaxonomyValue::getPosition))
                .map(TaxonomyValue::getCode).toList();
    }

    /** The positions of the children of a value (null: the roots), in order. */
    List<Integer> positions(UUID scheme, String parentCode) {
        Map<String, TaxonomyValue> values = byCode(scheme);
        return children(scheme, parentCode).stream().map(c -> values.get(c).getPosition())
                .toList();
    }

    /** A new entity with the given name and tags. */
    Organisation entity(String name, TaxonomyValue... tags) {
        return admin(() -> services.organisations.create(Fixtures.organisation(name, "LU"),
                List.of(tags).stream().map(TaxonomyValue::getUuid).toList()));
    }

    /** A new draft event with the given title and tags. */
    Article event(String title, TaxonomyValue... tags) {
        return admin(() -> services.articles.create(Fixtures.event(title,
                Instant.parse("2030-05-01T10:00:00Z"), ArticleStatus.DRAFT),
                new ArticleReferences(List.of(tags).stream().map(TaxonomyValue::getUuid)
                        .toList(), List.of(), Optional.empty(), Optional.empty())));
    }

    /** Whether a tombstone was left for the object with this UUID. */
    boolean tombstoned(UUID uuid) {
        return visitor(() -> services.entityManager().createQuery(
                "select count(t) from Tombstone t where t.uuid = :uuid", Long.class)
                .setParameter("uuid", uuid.toString()).getSingleResult()) > 0;
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        services.close();
    }
}
