package org.openxeco.setup;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and writes the node's own named settings and markers. */
@Stateless
public class NodeSettings {

    @PersistenceContext
    EntityManager em;

    public Optional<String> find(String name) {
        return Optional.ofNullable(em.find(NodeSetting.class, name)).map(NodeSetting::value);
    }

    public void put(String name, String value) {
        NodeSetting setting = em.find(NodeSetting.class, name);
        if (setting == null) {
            em.persist(new NodeSetting(name, value));
        } else {
            setting.change(value);
        }
    }

    /**
     * The last change sequence number handed out on this node, read from the database so
     * that every server of a cluster sees the same value.
     */
    public long changeSequence() {
        return em.createQuery("select c.lastValue from ChangeCounter c", Long.class)
                .getSingleResult();
    }

    /**
     * What anonymous readers can see, as a short token: it changes with every change and
     * when a scheduled article's publication time passes.
     */
    public String publicState() {
        // Only scheduled articles have a publication time in the future, so this reads a
        // short range of the publication index; the count drops when one of them comes due.
        // (Asking for the status too would make the database scan every public article.)
        long waiting = em.createQuery("select count(a) from Article a where a.publishedAt > :now",
                Long.class).setParameter("now", java.time.Instant.now()).getSingleResult();
        return changeSequence() + ":" + waiting;
    }

    /** Whether the database answers a trivial query. */
    public boolean databaseAnswers() {
        return em.createQuery("select count(s) from NodeSetting s", Long.class)
                .getSingleResult() >= 0;
    }
}
