package org.openxeco.network.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Tombstone;
import org.openxeco.network.SharingPolicy;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

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

    /** A change found, rendered only if it makes the page; taxonomy changes name a scheme. */
    private record Candidate(long seq, UUID scheme, Supplier<Change> render) {
    }

    /** A page of changes after the given sequence number; more may follow. */
    public JsonObject changes(long after, int limit) {
        if (after < 0) {
            throw new InvalidInputException("after", "The position must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "Between 1 and " + MAX_LIMIT
                    + " changes per page");
        }
        // Each source gives its first changes after the position; merged in sequence order,
        // the first `limit` of them are the page, whatever the others hold beyond.
        List<Candidate> found = new ArrayList<>();
        found.addAll(entities(after, limit + 1));
        found.addAll(articles(after, limit + 1));
        found.addAll(taxonomies(after, limit + 1));
        found.addAll(tombstones(after, limit + 1));
        found.sort(Comparator.comparingLong(Candidate::seq));
        boolean more = found.size() > limit;
        List<Candidate> page = more ? found.subList(0, limit) : found;
        long next = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        // A scheme whose values changed several times on this page appears once, at the last.
        Map<UUID, Long> lastOfScheme = new HashMap<>();
        page.stream().filter(c -> c.scheme() != null)
                .forEach(c -> lastOfScheme.merge(c.scheme(), c.seq(), Math::max));
        var items = Json.createArrayBuilder();
        for (Candidate candidate : page) {
            if (candidate.scheme() == null
                    || lastOfScheme.get(candidate.scheme()) == candidate.seq()) {
                items.add(candidate.render().get().json());
            }
        }
        return Json.createObjectBuilder().add("after", after).add("next", next)
                .add("more", more).add("head", changes.lastSequence()).add("changes", items)
                .build();
    }

    /**
     * The current state of the objects with these URIs, each as a change of the feed: an
     * upsert if shared, a withdrawal if not (or no longer), a deletion from its tombstone,
     * and {@code gone} for a URI that names nothing of this node's.
     */
    public JsonObject objects(List<String> objectUris) {
        if (objectUris.size() > MAX_LIMIT) {
            throw new InvalidInputException("uris", "At most " + MAX_LIMIT + " objects per call");
        }
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        long head = changes.lastSequence();
        var items = Json.createArrayBuilder();
        for (String uri : objectUris) {
            items.add(object(uri, mapping, head));
        }
        return Json.createObjectBuilder().add("head", head).add("changes", items).build();
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
                    .map(t -> scheme(t.getChangeSeq(), t.getUuid()).render().get());
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

    private List<Candidate> entities(long after, int max) {
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        return after(Organisation.class, "Organisation", after, max).stream()
                .map(o -> new Candidate(o.getChangeSeq(), null, () -> {
                    String uri = uris.entity(o.getUuid());
                    return sharing.isShared(o) ? upsert(o.getChangeSeq(), "entity", uri,
                            mapping.entity(o)) : withdrawn(o.getChangeSeq(), "entity", uri,
                            o.isPublic() ? "not-shared" : "not-public");
                })).toList();
    }

    private List<Candidate> articles(long after, int max) {
        SchemaOrgMapping mapping = new SchemaOrgMapping(uris);
        return after(Article.class, "Article", after, max).stream()
                .map(a -> new Candidate(a.getChangeSeq(), null, () -> {
                    String uri = uris.article(a.getUuid());
                    return sharing.isShared(a) ? upsert(a.getChangeSeq(), "article", uri,
                            mapping.article(a)) : withdrawn(a.getChangeSeq(), "article", uri,
                            a.isPublic() ? "not-shared" : "not-public");
                })).toList();
    }

    /** A change of a scheme or of one of its values is a change of the scheme's SKOS. */
    private List<Candidate> taxonomies(long after, int max) {
        List<Candidate> changes = new ArrayList<>();
        for (TaxonomyScheme scheme : after(TaxonomyScheme.class, "TaxonomyScheme", after, max)) {
            changes.add(scheme(scheme.getChangeSeq(), scheme.getUuid()));
        }
        List<Candidate> values = new ArrayList<>();
        for (TaxonomyValue value : after(TaxonomyValue.class, "TaxonomyValue", after, max)) {
            values.add(scheme(value.getChangeSeq(), value.getScheme().getUuid()));
        }
        // Two sources in one list: keep each one's order guarantee by merging and cutting.
        changes.addAll(values);
        changes.sort(Comparator.comparingLong(Candidate::seq));
        return changes.size() > max ? changes.subList(0, max) : changes;
    }

    private Candidate scheme(long seq, UUID scheme) {
        return new Candidate(seq, scheme, () -> {
            String uri = uris.taxonomy(scheme);
            return catalogue.taxonomy(scheme).map(skos -> upsert(seq, "taxonomy", uri, skos))
                    .orElseGet(() -> withdrawn(seq, "taxonomy", uri, "not-shared"));
        });
    }

    /** Deleted objects; a deleted taxonomy value shows as a change of its scheme's SKOS. */
    private List<Candidate> tombstones(long after, int max) {
        return em.createQuery("select t from Tombstone t where t.changeSeq > :after"
                + " and t.objectType <> :value order by t.changeSeq", Tombstone.class)
                .setParameter("after", after).setParameter("value", ObjectType.TAXONOMY_VALUE)
                .setMaxResults(max).getResultList().stream()
                .map(t -> new Candidate(t.getChangeSeq(), null, () -> new Change(
                        t.getChangeSeq(), change(t.getChangeSeq(), "deleted",
                                kind(t.getObjectType()), uri(t))
                                .add("deletedAt", t.getDeletedAt().toString()).build())))
                .toList();
    }

    private <T> List<T> after(Class<T> type, String entity, long after, int max) {
        return em.createQuery("select x from " + entity + " x where x.changeSeq > :after"
                + " order by x.changeSeq", type).setParameter("after", after)
                .setMaxResults(max).getResultList();
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
        return Json.createObjectBuilder().add("seq", seq).add("op", op).add("type", kind)
                .add("@id", uri);
    }
}
