package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.InLists;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Finds the local taxonomy value a concept URI stands for: the value an administrator
 * mapped the concept onto, else the value with that canonical URI, else a value of this
 * node that has no canonical URI and is published under that URI. Looks many URIs up at
 * once, in one query per 500 (and one more only for URIs of this node).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConceptResolver {

    /** URIs per query, well under the bind parameter limits of the supported databases. */

    private static final String[] WITH_VALUE = {"labels", "parent", "parent.labels"};
    private static final String[] WITH_MATCHED_VALUE = {"value", "value.labels",
        "value.parent", "value.parent.labels"};

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeUris uris;

    /** The local value of each concept URI that has one; unknown URIs are left out. */
    public Map<String, TaxonomyValue> resolve(Collection<String> conceptUris) {
        List<String> distinct = conceptUris.stream().filter(Objects::nonNull).distinct()
                .toList();
        Map<String, TaxonomyValue> found = new HashMap<>();
        InLists.each(distinct, chunk -> resolveChunk(chunk, found));
        List<String> ours = distinct.stream().filter(u -> !found.containsKey(u))
                .filter(u -> u.startsWith(schemePrefix())).toList();
        if (!ours.isEmpty()) {
            resolveOwn(ours, found);
        }
        return found;
    }

    private void resolveChunk(List<String> chunk, Map<String, TaxonomyValue> found) {
        // Two lookups by unique keys: one query joining both with "or" reads every value.
        // The values' labels and parents are read for the chunk at once, not value by value.
        QueryBuilder.loadTogether(em.createQuery("select v from TaxonomyValue v where"
                + " v.canonicalUri in :uris", TaxonomyValue.class), "v", WITH_VALUE)
                .setParameter("uris", chunk).getResultList()
                .forEach(v -> found.put(v.getCanonicalUri(), v));
        // An administrator's mapping wins over a copy of the concept imported later.
        QueryBuilder.loadTogether(em.createQuery("select m from ConceptMatch m where"
                + " m.conceptUri in :uris", ConceptMatch.class), "m", WITH_MATCHED_VALUE)
                .setParameter("uris", chunk).getResultList()
                .forEach(m -> found.put(m.getConceptUri(), m.getValue()));
    }

    /** Values of this node without a canonical URI, named by their URI here. */
    private void resolveOwn(List<String> ours, Map<String, TaxonomyValue> found) {
        Map<String, String> byUuid = new HashMap<>();
        for (String uri : ours) {
            uuidAtEnd(uri).ifPresent(uuid -> byUuid.put(uuid.toString(), uri));
        }
        List<String> uuids = new ArrayList<>(byUuid.keySet());
        InLists.each(uuids, chunk -> em.createQuery("select v from TaxonomyValue v"
                + " where v.uuid in :uuids and v.canonicalUri is null", TaxonomyValue.class)
                .setParameter("uuids", chunk).getResultList().forEach(v -> {
                    String uri = byUuid.get(v.getUuid().toString());
                    if (uris.taxonomyValue(v.getScheme().getUuid(), v.getUuid()).equals(uri)) {
                        found.put(uri, v);
                    }
                }));
    }

    /**
     * The local scheme a scheme URI stands for: the one with that canonical URI, else one of
     * this node without a canonical URI published under that URI.
     */
    public Optional<TaxonomyScheme> scheme(String schemeUri) {
        Optional<TaxonomyScheme> canonical = em.createQuery("select s from TaxonomyScheme s"
                + " where s.canonicalUri = :uri", TaxonomyScheme.class)
                .setParameter("uri", schemeUri).getResultStream().findFirst();
        if (canonical.isPresent() || !schemeUri.startsWith(schemePrefix())) {
            return canonical;
        }
        return uuidAtEnd(schemeUri).flatMap(uuid -> em.createQuery("select s from"
                + " TaxonomyScheme s where s.uuid = :uuid and s.canonicalUri is null",
                TaxonomyScheme.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst())
                .filter(s -> uris.taxonomy(s.getUuid()).equals(schemeUri));
    }

    /** The scheme URIs among those given that a local scheme stands for. */
    public Set<String> knownSchemes(Collection<String> schemeUris) {
        Set<String> known = new HashSet<>();
        List<String> distinct = schemeUris.stream().filter(Objects::nonNull).distinct()
                .toList();
        InLists.each(distinct, chunk -> known.addAll(em.createQuery("select s.canonicalUri"
                + " from TaxonomyScheme s where s.canonicalUri in :uris", String.class)
                .setParameter("uris", chunk).getResultList()));
        distinct.stream().filter(u -> !known.contains(u) && u.startsWith(schemePrefix()))
                .filter(u -> scheme(u).isPresent()).forEach(known::add);
        return known;
    }

    /** How the URIs of this node's schemes (and values) begin. */
    private String schemePrefix() {
        UUID zero = new UUID(0, 0);
        String probe = uris.taxonomy(zero);
        return probe.substring(0, probe.length() - zero.toString().length());
    }

    private static Optional<UUID> uuidAtEnd(String uri) {
        try {
            return Optional.of(UUID.fromString(uri.substring(uri.lastIndexOf('/') + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
