package org.openxeco.network.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /** Applies a taxonomy change of the feed. */
    CopyWriter.Written taxonomy(Batch batch, FeedChange change) {
        return new CopyWriter.Written(CopyWriter.Effect.SKIPPED, 0);
    }

    /** The local values of the concept URIs found here. */
    Map<String, TaxonomyValue> concepts(Collection<String> uris) {
        Map<String, TaxonomyValue> found = new HashMap<>();
        List<String> all = List.copyOf(uris);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select v from TaxonomyValue v where v.canonicalUri in :uris",
                    TaxonomyValue.class).setParameter("uris", all.subList(i,
                            Math.min(all.size(), i + 500))).getResultList()
                    .forEach(v -> found.put(v.getCanonicalUri(), v));
        }
        return found;
    }

    /** Links pending references to entities that have arrived since; returns how many. */
    int linkPending() {
        List<Object[]> ready = em.createQuery("select r, o from ImportReference r, Organisation o"
                + " where r.role <> :tag and o.originUri = r.targetUri", Object[].class)
                .setParameter("tag", Role.TAG).getResultList();
        for (Object[] pair : ready) {
            ImportReference reference = (ImportReference) pair[0];
            Organisation entity = (Organisation) pair[1];
            em.createQuery("select a from Article a where a.uuid = :uuid", Article.class)
                    .setParameter("uuid", reference.getOwnerUuid().toString())
                    .getResultStream().findFirst().ifPresent(article -> {
                        changes.track(article);
                        switch (reference.getRole()) {
                            case HIRING -> article.setHiringEntity(entity);
                            case PROVIDER -> article.setProvider(entity);
                            default -> article.getRelatedEntities().add(entity);
                        }
                        changes.record(article);
                    });
            em.remove(reference);
        }
        return ready.size();
    }
}
