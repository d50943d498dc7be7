package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final Set<ObjectType> NOT_ARTICLES = Set.of(ObjectType.ENTITY,
            ObjectType.TAXONOMY, ObjectType.TAXONOMY_VALUE);

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    /**
     * Deletes the copies and what refers to them; answers how many were deleted. A few
     * statements per kind of object, however many copies the list holds.
     */
    public int delete(List<ImportedCopy> copies) {
        Map<ObjectType, List<String>> uuids = new EnumMap<>(ObjectType.class);
        for (ImportedCopy copy : copies) {
            uuids.computeIfAbsent(copy.getObjectType(), t -> new ArrayList<>())
                    .add(copy.getObjectUuid().toString());
        }
        List<String> articles = uuids.entrySet().stream()
                .filter(e -> !NOT_ARTICLES.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        all(Article.class, articles).forEach(this::remove);
        entities(all(Organisation.class, uuids.getOrDefault(ObjectType.ENTITY, List.of())));
        all(TaxonomyScheme.class, uuids.getOrDefault(ObjectType.TAXONOMY, List.of()))
                .forEach(this::scheme);
        List<String> owners = copies.stream().map(c -> c.getObjectUuid().toString()).toList();
        if (!owners.isEmpty()) {
            em.createQuery("delete from ImportReference r where r.ownerUuid in :o")
                    .setParameter("o", owners).executeUpdate();
            em.createQuery("delete from SyncConflict c where c.objectUuid in :o")
                    .setParameter("o", owners).executeUpdate();
        }
        copies.forEach(em::remove);
        return copies.size();
    }

    /** Takes the entities out of the local articles that mention them, then deletes them. */
    private void entities(List<Organisation> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Set<Organisation> gone = new HashSet<>(entities);
        for (Article article : em.createQuery("select distinct a from Article a"
                + " left join a.relatedEntities r where r in :o or a.job.hiringEntity in :o"
                + " or a.offering.provider in :o", Article.class).setParameter("o", entities)
                .getResultList()) {
            changes.track(article);
            article.getRelatedEntities().removeAll(gone);
            if (article.getJob().map(j -> gone.contains(j.getHiringEntity())).orElse(false)) {
                article.setHiringEntity(null);
            }
            if (article.getOffering().map(o -> gone.contains(o.getProvider())).orElse(false)) {
                article.setProvider(null);
            }
            changes.record(article);
        }
        em.flush();
        entities.forEach(this::remove);
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

    private <T> List<T> all(Class<T> type, List<String> uuids) {
        return uuids.isEmpty() ? List.of() : em.createQuery("select x from "
                + type.getSimpleName() + " x where x.uuid in :u", type)
                .setParameter("u", uuids).getResultList();
    }
}
