package org.openxeco.network.sync;

import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;

/**
 * Deletes copies with everything that refers to them, so no reference dangles: articles
 * first, then entities (after taking them out of the local articles that mention them),
 * then taxonomies (after taking their values off every object they tag). Each deletion
 * leaves a tombstone like any other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CopyDeletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    /** Deletes the copies and what refers to them; answers how many were deleted. */
    public int delete(List<ImportedCopy> copies) {
        List<ImportedCopy> ordered = copies.stream().sorted(Comparator.comparingInt(
                c -> c.getObjectType() == ObjectType.ENTITY ? 1
                        : c.getObjectType() == ObjectType.TAXONOMY ? 2 : 0)).toList();
        for (ImportedCopy copy : ordered) {
            String uuid = copy.getObjectUuid().toString();
            switch (copy.getObjectType()) {
                case ENTITY -> one(Organisation.class, uuid).ifPresent(this::entity);
                case TAXONOMY -> one(TaxonomyScheme.class, uuid).ifPresent(this::scheme);
                case TAXONOMY_VALUE -> {
                }
                default -> one(Article.class, uuid).ifPresent(this::remove);
            }
            em.createQuery("delete from ImportReference r where r.ownerUuid = :o")
                    .setParameter("o", uuid).executeUpdate();
            em.createQuery("delete from SyncConflict c where c.objectUuid = :o")
                    .setParameter("o", uuid).executeUpdate();
            em.remove(copy);
        }
        return ordered.size();
    }

    private void entity(Organisation entity) {
        for (Article article : em.createQuery("select distinct a from Article a"
                + " left join a.relatedEntities r where r = :o or a.job.hiringEntity = :o"
                + " or a.offering.provider = :o", Article.class).setParameter("o", entity)
                .getResultList()) {
            changes.track(article);
            article.getRelatedEntities().remove(entity);
            if (article.getJob().map(j -> j.getHiringEntity() == entity).orElse(false)) {
                article.setHiringEntity(null);
            }
            if (article.getOffering().map(o -> o.getProvider() == entity).orElse(false)) {
                article.setProvider(null);
            }
            changes.record(article);
        }
        em.flush();
        remove(entity);
    }

    private void scheme(TaxonomyScheme scheme) {
        for (String type : List.of("Organisation", "Article")) {
            for (Object object : em.createQuery("select distinct x from " + type
                    + " x join x.tags t where t.scheme = :s", Object.class)
                    .setParameter("s", scheme).getResultList()) {
                org.openxeco.kernel.TrackedObject tracked =
                        (org.openxeco.kernel.TrackedObject) object;
                changes.track(tracked);
                if (object instanceof Organisation o) {
                    o.getTags().removeIf(v -> v.getScheme() == scheme);
                } else if (object instanceof Article a) {
                    a.getTags().removeIf(v -> v.getScheme() == scheme);
                }
                changes.record(tracked);
            }
        }
        em.flush();
        taxonomies.deleteScheme(scheme.getUuid(), scheme.getVersion());
    }

    private void remove(org.openxeco.kernel.TrackedObject object) {
        changes.recordDeletion(object);
        em.remove(object);
    }

    private <T> java.util.Optional<T> one(Class<T> type, String uuid) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.uuid = :u",
                type).setParameter("u", uuid).getResultStream().findFirst();
    }
}
