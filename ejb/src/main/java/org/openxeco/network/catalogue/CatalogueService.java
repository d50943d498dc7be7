package org.openxeco.network.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.Cursor;
import org.openxeco.kernel.Like;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.network.SharingPolicy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * What a peer node may browse: the entities and articles this node shares (public, and
 * shared by their own choice or their type's default, see {@link SharedCondition}) as
 * schema.org JSON-LD, and, while taxonomies are shared, its taxonomies as SKOS. It needs no
 * role: the node-to-node API lets only verified peers call it.
 *
 * <p>Every list is ordered by UUID, and a cursor holds the last UUID handed out. A UUID never
 * changes, so a walk over the pages returns every object that stays shared throughout
 * exactly once, however often objects change meanwhile; objects shared or added during the
 * walk appear if their UUID lies ahead of the cursor.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueService {

    static final String ENTITIES = "catalogue-entities";
    static final String ARTICLES = "catalogue-articles";
    static final String TAXONOMIES = "catalogue-taxonomies";

    @PersistenceContext
    EntityManager em;

    @Inject
    SharingPolicy sharing;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeUris uris;

    Clock clock = Clock.systemUTC();

    /**
     * Shared entities matching the query: text in the name, and a tag (the value or any
     * value below it). An article type is refused.
     */
    public CataloguePage entities(CatalogueQuery query) {
        if (query.type().isPresent()) {
            throw Problems.invalid("type", "catalogue.entityType");
        }
        QueryBuilder select = new QueryBuilder("Organisation", "o").loadTogether("tags");
        SharedCondition.entities("o", sharing.defaults()).applyTo(select);
        text(select, "o", query);
        if (!tagged(select, "o", "Organisation", query)) {
            return nothing(query, ENTITIES);
        }
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        return slice(select, Organisation.class, "o", ENTITIES, query).map(mapping::entity);
    }

    /**
     * Shared articles matching the query: text in the title, a tag (the value or any value
     * below it) and an article type.
     */
    public CataloguePage articles(CatalogueQuery query) {
        QueryBuilder select = new QueryBuilder("Article", "a").loadTogether("tags");
        SharedCondition.articles("a", sharing.defaults(), Instant.now(clock)).applyTo(select);
        query.type().ifPresent(t -> select.where("a.type = :type", "type", t));
        text(select, "a", query);
        if (!tagged(select, "a", "Article", query)) {
            return nothing(query, ARTICLES);
        }
        boolean entitiesByDefault = sharing.defaults().getOrDefault(ObjectType.ENTITY, true);
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris, o -> o.isPublic()
                && (o.getShared() != null ? o.getShared() : entitiesByDefault));
        return slice(select, Article.class, "a", ARTICLES, query).map(mapping::article);
    }

    /**
     * The taxonomy schemes, without their concepts, whose code or a label holds the text in
     * any case (a label as it is written or with accents removed: labels keep their
     * accents); none while taxonomies are not shared. Tags and types are refused.
     */
    public CataloguePage taxonomies(CatalogueQuery query) {
        if (query.tag().isPresent() || query.type().isPresent()) {
            throw Problems.invalid(query.tag().isPresent() ? "tag" : "type",
                    "catalogue.taxonomyFilter");
        }
        if (!taxonomiesShared()) {
            return nothing(query, TAXONOMIES);
        }
        QueryBuilder select = new QueryBuilder("TaxonomyScheme", "s");
        query.text().ifPresent(t -> select.where("(s.code like :text escape '\\' or s.id in"
                + " (select s2.id from TaxonomyScheme s2 join s2.labels l"
                + " where lower(value(l)) like :text escape '\\'"
                + " or lower(value(l)) like :lowerText escape '\\'))", "text", pattern(t),
                "lowerText", Like.containingLowerCase(t, CatalogueQuery.MAX_TEXT)));
        Slice<TaxonomyScheme> slice = slice(select, TaxonomyScheme.class, "s", TAXONOMIES,
                query);
        Map<UUID, TaxonomyValue> latest = latestValues(slice.items());
        SkosMapping mapping = new SkosMapping(uris);
        return slice.map(s -> {
            TaxonomyValue value = latest.get(s.getUuid());
            return value == null || value.getChangeSeq() < s.getChangeSeq()
                    ? mapping.scheme(s, s.getChangeSeq(), s.getUpdated())
                    : mapping.scheme(s, value.getChangeSeq(), value.getUpdated());
        });
    }

    /**
     * The most recently changed value of each scheme. A deleted value is not among them.
     * TODO [data] a deletion leaves the version of its scheme as it was; tombstones do not
     * name the scheme of a value, so a peer learns of it only by reading the whole scheme.
     */
    private Map<UUID, TaxonomyValue> latestValues(List<TaxonomyScheme> schemes) {
        Map<UUID, TaxonomyValue> latest = new HashMap<>();
        if (schemes.isEmpty()) {
            return latest;
        }
        em.createQuery("select v from TaxonomyValue v where v.scheme in :schemes and"
                + " v.changeSeq = (select max(v2.changeSeq) from TaxonomyValue v2"
                + " where v2.scheme = v.scheme)", TaxonomyValue.class)
                .setParameter("schemes", schemes).getResultList()
                .forEach(v -> latest.put(v.getScheme().getUuid(), v));
        return latest;
    }

    /** One taxonomy scheme with all its concepts, if it exists and taxonomies are shared. */
    public Optional<JsonObject> taxonomy(UUID scheme) {
        if (!taxonomiesShared()) {
            return Optional.empty();
        }
        return taxonomies.findScheme(scheme).map(s -> new SkosMapping(uris)
                .taxonomy(s, taxonomies.values(scheme), exactMatches(s)));
    }

    /** The peers' concepts mapped onto values of the scheme, by value UUID. */
    private Map<UUID, List<String>> exactMatches(TaxonomyScheme scheme) {
        Map<UUID, List<String>> matches = new HashMap<>();
        em.createQuery("select m.value.uuid, m.conceptUri from ConceptMatch m"
                + " where m.value.scheme = :scheme", Object[].class)
                .setParameter("scheme", scheme).getResultList()
                .forEach(row -> matches.computeIfAbsent(UUID.fromString((String) row[0]),
                        k -> new ArrayList<>()).add((String) row[1]));
        return matches;
    }

    private boolean taxonomiesShared() {
        return sharing.defaults().getOrDefault(ObjectType.TAXONOMY, true);
    }

    private static void text(QueryBuilder select, String alias, CatalogueQuery query) {
        query.text().ifPresent(t -> select.where(alias + ".sortKey like :text escape '\\'",
                "text", pattern(t)));
    }

    private static String pattern(String text) {
        return Like.containing(text, CatalogueQuery.MAX_TEXT);
    }

    /**
     * Adds the tag condition: tagged with the value or a value below it. Returns false when
     * no value has the URI asked for, so nothing can match.
     */
    private boolean tagged(QueryBuilder select, String alias, String entity,
            CatalogueQuery query) {
        if (query.tag().isEmpty()) {
            return true;
        }
        Optional<TaxonomyValue> value = conceptByUri(query.tag().get());
        value.ifPresent(v -> select.where(alias + ".id in (select t2.id from " + entity
                + " t2 join t2.tags t where t.path like :tagPath)", "tagPath",
                v.getPath() + "%"));
        return value.isPresent();
    }

    /**
     * The value a concept URI names: the value with that canonical URI, or a value without
     * one whose URI on this node it is.
     */
    Optional<TaxonomyValue> conceptByUri(String uri) {
        Optional<TaxonomyValue> canonical = em.createQuery("select v from TaxonomyValue v"
                + " where v.canonicalUri = :uri", TaxonomyValue.class)
                .setParameter("uri", uri).getResultStream().findFirst();
        if (canonical.isPresent()) {
            return canonical;
        }
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        UUID uuid;
        try {
            uuid = UUID.fromString(last);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        TermUris terms = new TermUris(uris);
        return taxonomies.findValue(uuid).filter(v -> terms.concept(v).equals(uri));
    }

    /** An empty last page, once the cursor asked for has been checked. */
    private static CataloguePage nothing(CatalogueQuery query, String order) {
        query.cursor().ifPresent(c -> Cursor.decode(c, order));
        return new CataloguePage(List.of(), 0, Optional.empty());
    }

    /**
     * The objects of one page, the number of matches on all pages, and the cursor after its
     * last one if more follow.
     */
    private record Slice<T>(List<T> items, long total, Optional<String> next) {

        CataloguePage map(Function<T, JsonObject> mapping) {
            return new CataloguePage(items.stream().map(mapping).toList(), total, next);
        }
    }

    private <T extends TrackedObject> Slice<T> slice(QueryBuilder select, Class<T> type,
            String alias, String order, CatalogueQuery query) {
        String keyset = null;
        Map<String, Object> keysetParameters = Map.of();
        if (query.cursor().isPresent()) {
            Cursor after = Cursor.decode(query.cursor().get(), order);
            keyset = alias + ".uuid > :afterUuid";
            keysetParameters = Map.of("afterUuid", after.uuid());
        }

        List<T> rows = select.page(em, type, keyset, keysetParameters, alias + ".uuid asc",
                query.limit() + 1).getResultList();
        boolean more = rows.size() > query.limit();
        List<T> items = more ? rows.subList(0, query.limit()) : rows;

        Optional<String> next = Optional.empty();
        if (more) {
            String last = items.get(items.size() - 1).getUuid().toString();
            next = Optional.of(new Cursor(order, last, last).encode());
        }
        // Counted only when the page does not tell: a first and last page holds them all.
        long total = !more && query.cursor().isEmpty() ? items.size() : select.count(em);
        return new Slice<>(List.copyOf(items), total, next);
    }
}
