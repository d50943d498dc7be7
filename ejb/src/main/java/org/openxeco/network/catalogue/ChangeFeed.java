package org.openxeco.network.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.InLists;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.Tombstone;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.network.SharingPolicy;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * The changes a peer may follow, in the order of this node's change sequence: an object that
 * is public and shared as it is now ({@code upsert}, with its JSON-LD), one that stopped
 * being public or shared ({@code withdrawn}, with the reason), and one that was deleted
 * ({@code deleted}, from its tombstone). An object appears once, at its latest change. The
 * cursor is the sequence number of the page's last change, so a follower misses no change
 * whatever happens between two pages; {@code head} tells how far the node has got.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private static final UUID NO_ID = new UUID(0, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    SharingPolicy sharing;

    @Inject
    CatalogueService catalogue;

    @Inject
    NodeUris uris;

    @Inject
    ChangeLog changes;

    /** One change of the feed. */
    public record Change(long seq, JsonObject json) {
    }

    /** A change found: its number, its source, and the scheme a taxonomy change is of. */
    private record Candidate(long seq, ObjectType source, UUID scheme) {
    }

    /**
     * A page of changes after the given sequence number; more may follow. The page is chosen
     * from the sequence numbers alone; only its objects are then read, each kind in one
     * query with the collections it shows, all in one transaction so that what several
     * objects share (taxonomy values, their schemes) is read once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public JsonObject changes(long after, int limit) {
        if (after < 0) {
            throw Problems.invalid("after", "changes.position");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalid("limit", "changes.limit", MAX_LIMIT);
        }
        // Each source gives its first changes after the position; merged in sequence order,
        // the first `limit` of them are the page, whatever the others hold beyond.
        List<Candidate> found = new ArrayList<>();
        numbers("select x.changeSeq from Organisation x", after, limit + 1)
                .forEach(n -> found.add(new Candidate(n, ObjectType.ENTITY, null)));
        numbers("select x.changeSeq from Article x", after, limit + 1)
                .forEach(n -> found.add(new Candidate(n, ObjectType.NEWS, null)));
        numbers("select x.changeSeq from Tombstone x", after, limit + 1, "x.objectType <> :value")
                .forEach(n -> found.add(new Candidate(n, null, null)));
        schemeChanges("select x.changeSeq, x.uuid from TaxonomyScheme x", after, limit + 1)
                .forEach(found::add);
        schemeChanges("select x.changeSeq, x.scheme.uuid from TaxonomyValue x", after,
                limit + 1).forEach(found::add);
        found.sort(Comparator.comparingLong(Candidate::seq));
        boolean more = found.size() > limit;
        List<Candidate> page = more ? found.subList(0, limit) : found;
        long next = page.isEmpty() ? after : page.get(page.size() - 1).seq();

        Map<ObjectType, Boolean> defaults = sharing.defaults();
        Map<Long, Organisation> entities = load(Organisation.class, page, ObjectType.ENTITY,
                "websites", "addresses", "identifiers", "tags", "tags.labels", "tags.parent",
                "tags.parent.labels");
        Map<Long, Article> articles = load(Article.class, page, ObjectType.NEWS, "links",
                "relatedEntities", "tags", "tags.labels", "tags.parent", "tags.parent.labels");
        Map<Long, Tombstone> tombstones = new HashMap<>();
        List<Long> deleted = page.stream().filter(c -> c.source() == null)
                .map(Candidate::seq).toList();
        InLists.each(deleted, seqs -> em.createQuery("select t from Tombstone t where"
                + " t.changeSeq in :seqs", Tombstone.class).setParameter("seqs", seqs)
                .getResultList().forEach(t -> tombstones.put(t.getChangeSeq(), t)));
        // A scheme whose values changed several times on this page appears once, at the last.
        Map<UUID, Long> lastOfScheme = new HashMap<>();
        page.stream().filter(c -> c.scheme() != null)
                .forEach(c -> lastOfScheme.merge(c.scheme(), c.seq(), Math::max));
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        var items = Jsonp.createArrayBuilder();
        for (Candidate candidate : page) {
            long seq = candidate.seq();
            if (candidate.scheme() != null) {
                if (lastOfScheme.get(candidate.scheme()) == seq) {
                    items.add(scheme(seq, candidate.scheme()).json());
                }
            } else if (candidate.source() == ObjectType.ENTITY) {
                items.add(entity(entities.get(seq), mapping, defaults).json());
            } else if (candidate.source() == ObjectType.NEWS) {
                items.add(article(articles.get(seq), mapping, defaults).json());
            } else {
                items.add(deletion(tombstones.get(seq)).json());
            }
        }
        return Jsonp.createObjectBuilder().add("after", after).add("next", next)
                .add("more", more).add("head", changes.lastSequence()).add("changes", items)
                .build();
    }

    private List<Long> numbers(String select, long after, int max, String... conditions) {
        String where = " where x.changeSeq > :after"
                + (conditions.length > 0 ? " and " + String.join(" and ", conditions) : "");
        var query = em.createQuery(select + where + " order by x.changeSeq", Long.class)
                .setParameter("after", after).setMaxResults(max);
        if (conditions.length > 0) {
            query.setParameter("value", ObjectType.TAXONOMY_VALUE);
        }
        return query.getResultList();
    }

    /** A change of a scheme or of one of its values is a change of the scheme's SKOS. */
    private List<Candidate> schemeChanges(String select, long after, int max) {
        return em.createQuery(select + " where x.changeSeq > :after order by x.changeSeq",
                Object[].class).setParameter("after", after).setMaxResults(max)
                .getResultList().stream().map(row -> new Candidate((Long) row[0],
                        ObjectType.TAXONOMY, UUID.fromString(row[1].toString()))).toList();
    }

    private <T> Map<Long, T> load(Class<T> type, List<Candidate> page, ObjectType source,
            String... together) {
        List<Long> seqs = page.stream().filter(c -> c.source() == source && c.scheme() == null)
                .map(Candidate::seq).toList();
        Map<Long, T> loaded = new HashMap<>();
        InLists.each(seqs, chunk -> QueryBuilder.readTogether(em.createQuery("select x from "
                + type.getSimpleName() + " x where x.changeSeq in :seqs", type), "x", together)
                .setParameter("seqs", chunk).getResultList()
                .forEach(x -> loaded.put(((TrackedObject) x).getChangeSeq(), x)));
        return loaded;
    }

    private Change entity(Organisation o, SchemaOrgMapping mapping,
            Map<ObjectType, Boolean> defaults) {
        String uri = uris.entity(o.getUuid());
        return SharingPolicy.isShared(o, defaults)
                ? upsert(o.getChangeSeq(), "entity", uri, mapping.entity(o))
                : withdrawn(o.getChangeSeq(), "entity", uri, o.isPublic() ? "not-shared"
                        : "not-public");
    }

    private Change article(Article a, SchemaOrgMapping mapping,
            Map<ObjectType, Boolean> defaults) {
        String uri = uris.article(a.getUuid());
        return SharingPolicy.isShared(a, defaults)
                ? upsert(a.getChangeSeq(), "article", uri, mapping.article(a))
                : withdrawn(a.getChangeSeq(), "article", uri, a.isPublic() ? "not-shared"
                        : "not-public");
    }

    private Change deletion(Tombstone t) {
        return new Change(t.getChangeSeq(), change(t.getChangeSeq(), "deleted",
                kind(t.getObjectType()), uri(t)).add("deletedAt", t.getDeletedAt().toString())
                .build());
    }

    /**
     * The current state of the objects with these URIs, each as a change of the feed: an
     * upsert if shared, a withdrawal if not (or no longer), a deletion from its tombstone,
     * and {@code gone} for a URI that names nothing of this node's.
     */
    public JsonObject objects(List<String> objectUris) {
        if (objectUris.size() > MAX_LIMIT) {
            throw Problems.invalid("uris", "changes.uris", MAX_LIMIT);
        }
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        long head = changes.lastSequence();
        var items = Jsonp.createArrayBuilder();
        for (String uri : objectUris) {
            items.add(object(uri, mapping, head));
        }
        return Jsonp.createObjectBuilder().add("head", head).add("changes", items).build();
    }

    private JsonObject object(String uri, SchemaOrgMapping mapping, long head) {
        Optional<UUID> entity = uuidIn(uri, uris.entity(NO_ID));
        Optional<UUID> article = uuidIn(uri, uris.article(NO_ID));
        Optional<UUID> scheme = uuidIn(uri, uris.taxonomy(NO_ID));
        String kind = article.isPresent() ? "article" : scheme.isPresent() ? "taxonomy"
                : "entity";
        Optional<UUID> uuid = entity.or(() -> article).or(() -> scheme);
        Optional<Change> found = Optional.empty();
        if (entity.isPresent()) {
            found = find(Organisation.class, entity.get()).map(o -> sharing.isShared(o)
                    ? upsert(o.getChangeSeq(), kind, uri, mapping.entity(o))
                    : withdrawn(o.getChangeSeq(), kind, uri, o.isPublic() ? "not-shared"
                            : "not-public"));
        } else if (article.isPresent()) {
            found = find(Article.class, article.get()).map(a -> sharing.isShared(a)
                    ? upsert(a.getChangeSeq(), kind, uri, mapping.article(a))
                    : withdrawn(a.getChangeSeq(), kind, uri, a.isPublic() ? "not-shared"
                            : "not-public"));
        } else if (scheme.isPresent()) {
            found = find(TaxonomyScheme.class, scheme.get())
                    .map(t -> scheme(t.getChangeSeq(), t.getUuid()));
        }
        if (found.isEmpty() && uuid.isPresent()) {
            found = em.createQuery("select t from Tombstone t where t.uuid = :uuid"
                    + " order by t.changeSeq desc", Tombstone.class)
                    .setParameter("uuid", uuid.get().toString()).setMaxResults(1)
                    .getResultStream().findFirst().map(t -> new Change(t.getChangeSeq(),
                            change(t.getChangeSeq(), "deleted", kind, uri)
                                    .add("deletedAt", t.getDeletedAt().toString()).build()));
        }
        return found.map(Change::json).orElseGet(() -> change(head, "gone", kind, uri).build());
    }

    /** The UUID at the end of a URI made like the given one (of the nil UUID), if any. */
    private static Optional<UUID> uuidIn(String uri, String template) {
        String prefix = template.substring(0, template.length() - NO_ID.toString().length());
        if (!uri.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(uri.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> find(Class<T> type, UUID uuid) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.uuid = :u",
                type).setParameter("u", uuid.toString()).getResultStream().findFirst();
    }

    private Change scheme(long seq, UUID scheme) {
        String uri = uris.taxonomy(scheme);
        return catalogue.taxonomy(scheme).map(skos -> upsert(seq, "taxonomy", uri, skos))
                .orElseGet(() -> withdrawn(seq, "taxonomy", uri, "not-shared"));
    }

    private String uri(Tombstone t) {
        return switch (t.getObjectType()) {
            case ENTITY -> uris.entity(t.getUuid());
            case TAXONOMY -> uris.taxonomy(t.getUuid());
            default -> uris.article(t.getUuid());
        };
    }

    private static String kind(ObjectType type) {
        return switch (type) {
            case ENTITY -> "entity";
            case TAXONOMY, TAXONOMY_VALUE -> "taxonomy";
            default -> "article";
        };
    }

    private static Change upsert(long seq, String kind, String uri, JsonObject item) {
        return new Change(seq, change(seq, "upsert", kind, uri).add("item", item).build());
    }

    private static Change withdrawn(long seq, String kind, String uri, String reason) {
        return new Change(seq, change(seq, "withdrawn", kind, uri).add("reason", reason)
                .build());
    }

    private static JsonObjectBuilder change(long seq, String op, String kind, String uri) {
        return Jsonp.createObjectBuilder().add("seq", seq).add("op", op).add("type", kind)
                .add("@id", uri);
    }
}
