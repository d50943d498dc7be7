package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.InLists;
import org.openxeco.kernel.SystemTask;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Turns references to concepts that were not here when a copy arrived into real tags, as
 * soon as the concept resolves (imported, or mapped onto a local value). Each tagged copy
 * gets a change number; the reference goes. Costs one query when nothing is pending.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReferenceLinker {

    private static final Logger LOG = Logger.getLogger(ReferenceLinker.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    ConceptResolver resolver;

    /** Links every pending tag whose concept now resolves; returns how many it linked. */
    public int linkPendingConcepts() {
        List<String> pending = em.createQuery("select distinct r.targetUri from"
                + " ImportReference r where r.role = :role", String.class)
                .setParameter("role", ImportReference.Role.TAG).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, TaxonomyValue> resolved = resolver.resolve(pending);
        if (resolved.isEmpty()) {
            return 0;
        }

        Map<String, List<ImportReference>> byOwner = new HashMap<>();
        List<String> targets = new ArrayList<>(resolved.keySet());
        InLists.each(targets, chunk -> em.createQuery("select r from ImportReference r"
                + " where r.role = :role and r.targetUri in :uris", ImportReference.class)
                .setParameter("role", ImportReference.Role.TAG).setParameter("uris", chunk)
                .getResultList().forEach(r -> byOwner.computeIfAbsent(
                        r.getOwnerUuid().toString(), k -> new ArrayList<>()).add(r)));

        int linked = 0;
        for (TrackedObject owner : owners(byOwner.keySet())) {
            List<ImportReference> references = byOwner.get(owner.getUuid().toString());
            changes.track(owner);
            Set<TaxonomyValue> tags = owner instanceof Organisation o ? o.getTags()
                    : ((Article) owner).getTags();
            references.forEach(r -> tags.add(resolved.get(r.getTargetUri())));
            changes.record(owner);
            references.forEach(em::remove);
            linked += references.size();
        }
        int count = linked;
        if (count > 0) {
            SystemTask.logChange(LOG, () -> "Linked " + count + " pending tag(s) of imported"
                    + " objects to taxonomy values");
        }
        return count;
    }

    /** The entities and articles with these UUIDs. */
    private List<TrackedObject> owners(Set<String> uuids) {
        List<TrackedObject> owners = new ArrayList<>();
        InLists.each(uuids, chunk -> {
            owners.addAll(em.createQuery("select o from Organisation o where o.uuid in :uuids",
                    Organisation.class).setParameter("uuids", chunk).getResultList());
            owners.addAll(em.createQuery("select a from Article a where a.uuid in :uuids",
                    Article.class).setParameter("uuids", chunk).getResultList());
        });
        if (owners.size() < uuids.size()) {
            LOG.fine(() -> (uuids.size() - owners.size()) + " owner(s) of pending tags are"
                    + " neither entities nor articles; their references stay");
        }
        return owners;
    }
}
