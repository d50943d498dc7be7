package org.openxeco.network.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.network.sync.ImportReference.Role;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The parts of applying a page that concern what copies refer to: taxonomy schemes in the
 * feed, the local values of concept URIs, and linking references that were pending.
 * Runs in the caller's transaction.
 */
@Dependent
public class FeedChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyImport taxonomies;

    @Inject
    ConceptResolver resolver;

    @Inject
    ReferenceLinker linker;

    /**
     * Applies a taxonomy change of the feed: a scheme the peer shares is imported when the
     * node follows everything the peer shares, else only a scheme imported before follows.
     * A scheme travels under its canonical URI when it has one, which the SKOS names.
     */
    CopyWriter.Written taxonomy(Batch batch, FeedChange change) {
        String schemeUri = change.upsert() ? SkosReader.schemeUri(change.item()) : change.uri();
        Optional<ImportedCopy> copy = em.createQuery("select c from ImportedCopy c"
                + " where c.originUri = :uri", ImportedCopy.class).setParameter("uri", schemeUri)
                .getResultStream().findFirst();
        CopyWriter.refuseDetached(batch, copy.orElse(null));
        boolean follows = copy.map(batch::follows).orElse(false);
        if (!follows && !(batch.create && copy.isEmpty())) {
            return new CopyWriter.Written(CopyWriter.Effect.SKIPPED, 0);
        }
        if (follows && change.seq() <= copy.get().getOriginVersion() && !batch.force) {
            return new CopyWriter.Written(CopyWriter.Effect.UNCHANGED, 0);
        }
        if (!change.upsert()) {
            taxonomies.withdraw(schemeUri, change.reason(), change.at() != null ? change.at()
                    : batch.now);
            return new CopyWriter.Written(CopyWriter.Effect.WITHDRAWN, 0);
        }
        taxonomies.apply(batch.peer, schemeUri, change.item(), change.seq());
        batch.taxonomyApplied = true;
        // Values of the scheme may be what this page's objects are tagged with.
        batch.concepts.putAll(resolver.resolve(batch.unresolvedConcepts()));
        if (copy.isPresent()) {
            return new CopyWriter.Written(CopyWriter.Effect.UPDATED, 0);
        }
        // A scheme this node has of its own (a bundled one, say) is left as it is.
        boolean made = !em.createQuery("select c.objectUuid from ImportedCopy c"
                + " where c.originUri = :uri", String.class).setParameter("uri", schemeUri)
                .getResultList().isEmpty();
        return new CopyWriter.Written(made ? CopyWriter.Effect.CREATED
                : CopyWriter.Effect.UNCHANGED, 0);
    }

    /** The local values of the concept URIs found here, or mapped onto local values. */
    Map<String, TaxonomyValue> concepts(Collection<String> uris) {
        return resolver.resolve(uris);
    }

    /** Links pending references to what this page brought; returns how many. */
    int linkPending(Batch batch) {
        return (batch.taxonomyApplied ? linker.linkPendingConcepts() : 0)
                + (batch.entityCreated ? linkEntities(batch) : 0);
    }

    /**
     * Links entity references to entities that arrived: those made on this page are linked
     * from memory; those of earlier pages are looked for only if there are any, without
     * writing the page out first just to count them. The articles are read before any of
     * them changes, and each takes all its links in one change.
     */
    private int linkEntities(Batch batch) {
        Map<ImportReference, Organisation> links = new LinkedHashMap<>();
        for (List<ImportReference> references : batch.pending.values()) {
            for (ImportReference reference : List.copyOf(references)) {
                Organisation entity = reference.getRole() == Role.TAG ? null
                        : batch.entities.get(reference.getTargetUri());
                if (entity != null) {
                    links.put(reference, entity);
                    references.remove(reference);
                }
            }
        }
        long earlier = em.createQuery("select count(r) from ImportReference r"
                + " where r.role <> :tag", Long.class).setParameter("tag", Role.TAG)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        if (earlier > 0) {
            em.createQuery("select r, o from ImportReference r, Organisation o"
                    + " where r.role <> :tag and o.originUri = r.targetUri", Object[].class)
                    .setParameter("tag", Role.TAG).getResultList()
                    .forEach(p -> links.putIfAbsent((ImportReference) p[0], (Organisation) p[1]));
        }
        Map<String, Optional<Article>> owners = new HashMap<>();
        links.keySet().forEach(r -> owners.computeIfAbsent(r.getOwnerUuid().toString(),
                uuid -> em.createQuery("select a from Article a where a.uuid = :uuid",
                        Article.class).setParameter("uuid", uuid).getResultStream().findFirst()));
        links.forEach((reference, entity) -> owners.get(reference.getOwnerUuid().toString())
                .ifPresent(article -> link(article, reference.getRole(), entity)));
        owners.values().forEach(o -> o.ifPresent(changes::record));
        links.keySet().forEach(em::remove);
        return links.size();
    }

    private void link(Article article, Role role, Organisation entity) {
        changes.track(article);
        switch (role) {
            case HIRING -> article.setHiringEntity(entity);
            case PROVIDER -> article.setProvider(entity);
            default -> article.getRelatedEntities().add(entity);
        }
    }
}
