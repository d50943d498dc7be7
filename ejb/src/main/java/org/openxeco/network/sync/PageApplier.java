package org.openxeco.network.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InLists;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.peers.Peer;

/**
 * Applies one page of a peer's changes in one transaction of its own. For a feed page the
 * peer's sync row is locked first and the page applied only if the position it was fetched
 * from is still the current one; the position then moves to the page's end in the same
 * transaction, so it advances exactly when the page's changes commit and two runs never
 * apply a page twice. An object that cannot be applied (invalid, unreadable) is counted as
 * an error with its reason and changes nothing; the rest of the page still applies.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PageApplier {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    CopyWriter writer;

    @Inject
    FeedChanges taxonomies;

    @Inject
    ValidatorFactory validation;

    /** Objects from a peer are built in memory: every property is there to check. */
    private Validator validator;

    Clock clock = Clock.systemUTC();

    private static final String[] LOADED_WITH_ENTITY = {"websites", "tags", "tags.labels",
        "tags.parent", "tags.parent.labels"};

    private static final String[] LOADED_WITH_ARTICLE = {"tags", "tags.labels", "tags.parent",
        "tags.parent.labels", "relatedEntities", "relatedEntities.websites",
        "relatedEntities.tags"};

    /**
     * Applies a page of the peer's feed read after {@code from}, moving the position to
     * {@code next}; nothing if another run has moved the position meanwhile (then it
     * returns null and the caller reads again from the new position).
     */
    public PageResult feedPage(long peerId, long runId, long from, long next, Long head,
            List<JsonObject> page) {
        return feedPage(peerId, runId, from, next, head, read(page));
    }

    /** {@link #feedPage(long, long, long, long, Long, List)} of a page read already. */
    public PageResult feedPage(long peerId, long runId, long from, long next, Long head,
            ReadPage page) {
        PeerSync sync = em.find(PeerSync.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        if (sync == null || sync.getPosition() != from) {
            return null;
        }
        changes.lockWrites();
        Peer peer = em.find(Peer.class, peerId);
        PageResult result = apply(new Batch(peer, sync.isFollowAll(), false, now()), page);
        sync.advance(next);
        SyncRun run = em.find(SyncRun.class, runId);
        if (run != null) {
            run.page(result, next, head);
        }
        return result;
    }

    /**
     * Applies objects fetched by URI (an import or a refresh), newer or not. The first
     * import from a peer whose feed is not followed yet starts following it at the head the
     * peer gave with the objects, as nothing before that concerns the copies.
     */
    public PageResult objects(long peerId, long runId, long head,
            List<JsonObject> changesOfObjects) {
        return objects(peerId, runId, head, read(changesOfObjects));
    }

    /** {@link #objects(long, long, long, List)} of objects read already. */
    public PageResult objects(long peerId, long runId, long head, ReadPage changesOfObjects) {
        PeerSync sync = em.find(PeerSync.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        if (sync != null && sync.getPosition() == 0 && !sync.isFollowAll()) {
            sync.advance(head);
        }
        changes.lockWrites();
        Peer peer = em.find(Peer.class, peerId);
        PageResult result = apply(new Batch(peer, true, true, now()), changesOfObjects);
        SyncRun run = em.find(SyncRun.class, runId);
        if (run != null) {
            run.page(result, run.getPosition(), null);
        }
        return result;
    }

    /** Reads and checks a page, for callers that have not done so outside the transaction. */
    private ReadPage read(List<JsonObject> page) {
        if (validator == null) {
            validator = InputCheck.forObjectsInMemory(validation);
        }
        return ReadPage.of(page, validator);
    }

    private PageResult apply(Batch batch, ReadPage page) {
        batch.writes = changes.writes();
        batch.read = page;
        List<FeedChange> parsed = page.changes();
        List<String> errors = new ArrayList<>(page.errors());
        load(batch, parsed);
        int[] counts = new int[5];
        for (FeedChange change : parsed) {
            try {
                CopyWriter.Written written = write(batch, change);
                if (batch.force && !change.upsert() && written.effect()
                        == CopyWriter.Effect.SKIPPED) {
                    // Asked for by URI, but the peer has no such object to give.
                    errors.add(change.uri() + ": " + change.reason() + " at the peer, nothing"
                            + " imported");
                    continue;
                }
                counts[0] += written.effect() == CopyWriter.Effect.CREATED ? 1 : 0;
                counts[1] += written.effect() == CopyWriter.Effect.UPDATED ? 1 : 0;
                counts[2] += written.effect() == CopyWriter.Effect.UNCHANGED ? 1 : 0;
                counts[3] += written.effect() == CopyWriter.Effect.WITHDRAWN ? 1 : 0;
                counts[4] += written.conflicts();
            } catch (CopyWriter.Gone e) {
                // Deleted here on purpose: the origin's changes no longer concern this node.
                counts[2]++;
            } catch (CatalogueFormatException | DomainException e) {
                errors.add(change.uri() + ": " + e.getMessage());
            }
        }
        taxonomies.linkPending(batch);
        return new PageResult(counts[0], counts[1], counts[2], counts[3], counts[4], errors);
    }

    private CopyWriter.Written write(Batch batch, FeedChange change) {
        if (!change.uri().startsWith(batch.peer.getBaseUrl() + "/")) {
            throw new CatalogueFormatException("The object is not one of "
                    + batch.peer.getBaseUrl() + "'s: a peer sends only its own objects");
        }
        if (change.type() == FeedChange.Type.TAXONOMY) {
            return taxonomies.taxonomy(batch, change);
        }
        if (!change.upsert()) {
            return writer.withdraw(batch, change.uri(), change.seq(), change.reason(),
                    change.at() != null ? change.at() : batch.now);
        }
        return change.type() == FeedChange.Type.ENTITY ? writer.entity(batch, change.entity())
                : writer.article(batch, change.article());
    }

    /** Reads what the page refers to, a few queries per page whatever its size. */
    private void load(Batch batch, List<FeedChange> page) {
        Set<String> uris = new LinkedHashSet<>();
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (FeedChange change : page) {
            uris.add(change.uri());
            change.references().forEach(r -> (r.role() == ImportReference.Role.TAG ? concepts
                    : entities).add(r.uri()));
            change.slug().ifPresent(slugs::add);
        }
        entities.addAll(uris);
        chunks(uris, c -> em.createQuery("select c from ImportedCopy c where c.originUri in"
                + " :uris", ImportedCopy.class).setParameter("uris", c).getResultList()
                .forEach(copy -> batch.copies.put(copy.getOriginUri(), copy)));
        // Their collections are read for the whole page at once, not object by object.
        chunks(uris, c -> QueryBuilder.loadTogether(em.createQuery("select a from"
                + " Article a where a.originUri in :uris",
                Article.class), "a", LOADED_WITH_ARTICLE).setParameter("uris", c)
                .getResultList().forEach(a -> batch.locals.put(a.getOriginUri().orElseThrow(),
                        a)));
        chunks(entities, c -> QueryBuilder.loadTogether(em.createQuery("select o from"
                + " Organisation o where o.originUri in :uris", Organisation.class), "o", LOADED_WITH_ENTITY)
                .setParameter("uris", c).getResultList().forEach(o -> {
                    batch.entities.put(o.getOriginUri().orElseThrow(), o);
                    batch.locals.put(o.getOriginUri().orElseThrow(), o);
                }));
        batch.conceptsWanted.addAll(concepts);
        batch.concepts.putAll(taxonomies.concepts(concepts));
        chunks(slugs, c -> batch.slugs.addAll(em.createQuery("select a.slug from Article a"
                + " where a.slug in :slugs", String.class).setParameter("slugs", c)
                .getResultList()));
        List<String> owners = batch.copies.values().stream()
                .map(copy -> copy.getObjectUuid().toString()).toList();
        chunks(owners, c -> em.createQuery("select r from ImportReference r where r.ownerUuid"
                + " in :owners", ImportReference.class).setParameter("owners", c)
                .getResultList().forEach(r -> batch.pending.computeIfAbsent(
                        r.getOwnerUuid().toString(), k -> new ArrayList<>()).add(r)));
        List<String> inConflict = batch.copies.values().stream()
                .filter(ImportedCopy::isInConflict)
                .map(copy -> copy.getObjectUuid().toString()).toList();
        chunks(inConflict, c -> em.createQuery("select s from SyncConflict s where"
                + " s.objectUuid in :owners", SyncConflict.class).setParameter("owners", c)
                .getResultList().forEach(s -> batch.conflicts.computeIfAbsent(
                        s.getObjectUuid().toString(), k -> new ArrayList<>()).add(s)));
    }

    private static void chunks(Collection<String> values, Consumer<List<String>> query) {
        InLists.each(values, query);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
