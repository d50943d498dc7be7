package org.openxeco.directory;

import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.setup.NodeSettings;

/**
 * Brings the stored search texts up to the current folding ({@link SearchText#VERSION}):
 * every entity's text is made again, a batch per transaction, and written only where it
 * differs. The version reached is kept as a node setting, so a node does this once per
 * change of the folding; a node without entities only notes the version. Started by
 * {@link SearchTextStartup}, it is no service for callers.
 */
@Stateless
public class SearchTextRefresh {

    static final String SETTING = "directory.search-text-version";
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SearchTextRefresh.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeSettings settings;

    /** Whether the stored texts were made by an older folding. */
    public boolean outdated() {
        return !String.valueOf(SearchText.VERSION).equals(settings.find(SETTING).orElse(null));
    }

    /**
     * Makes the texts of the next batch of entities after the given id again; answers the
     * last id of the batch, or -1 when there were none left (the version is then noted).
     */
    public long batch(long afterId) {
        List<Long> ids = em.createQuery("select o.id from Organisation o where o.id > :after"
                + " order by o.id", Long.class).setParameter("after", afterId)
                .setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            settings.put(SETTING, String.valueOf(SearchText.VERSION));
            return -1;
        }
        java.util.Map<Object, String> outdated = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o from Organisation o"
                + " where o.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            Organisation o = (Organisation) row[1];
            String text = SearchText.of(o);
            if (!text.equals(o.getSearchText())) {
                outdated.put(row[0], text);
            }
        }
        // Plain SQL on the column alone, the entities let go first: neither their versions
        // nor their change numbers move, as nothing anyone reads of them changed (a JPQL
        // update would count a new version).
        em.clear();
        outdated.forEach((id, text) -> em.createNativeQuery("UPDATE organisation"
                + " SET search_text = ?1 WHERE id = ?2").setParameter(1, text)
                .setParameter(2, id).executeUpdate());
        LOG.fine(() -> "Search texts: " + outdated.size() + " of " + ids.size()
                + " made again");
        return ids.get(ids.size() - 1);
    }
}
