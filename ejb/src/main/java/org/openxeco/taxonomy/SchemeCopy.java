package org.openxeco.taxonomy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.ChangeLog;

/**
 * Brings the values of a scheme in line with the concepts another node publishes for it.
 * Values are matched by canonical URI only, never by code or label. A new value takes the
 * concept's URI as canonical URI (so the concept keeps its identity when this node publishes
 * it on) and a UUID derived from it; a code already taken in the scheme gets a suffix.
 * Every change goes through the change log; nothing is written when nothing differs.
 */
public final class SchemeCopy {

    /** What a merge may do to the scheme. */
    public enum Mode {
        /** The scheme follows this origin: add, update, and remove what the origin dropped. */
        FOLLOW,
        /** Part of the origin's scheme arrives (a subtree): add and update, remove nothing. */
        FOLLOW_PART,
        /** The scheme does not follow this origin: only add the concepts it lacks. */
        ADD_ONLY
    }

    /**
     * What a merge did: values created, updated (labels, code or place) and removed, and
     * values the origin dropped that stay because they are in use or have local values below.
     */
    public record Outcome(int created, int updated, int removed, int kept) {

        public boolean changed() {
            return created + updated + removed > 0;
        }
    }

    private static final Logger LOG = Logger.getLogger(SchemeCopy.class.getName());
    private static final int CODE_LENGTH = 100;

    private final EntityManager em;
    private final ChangeLog changes;
    private final TaxonomyScheme scheme;
    private final Map<String, TaxonomyValue> byUri = new HashMap<>();
    private final Set<String> codesAtStart = new HashSet<>();
    private final Set<String> codesTaken = new HashSet<>();
    private final Set<UUID> placed = new HashSet<>();
    private final List<TaxonomyValue> values = new ArrayList<>();

    public SchemeCopy(EntityManager em, ChangeLog changes, TaxonomyScheme scheme) {
        this.em = em;
        this.changes = changes;
        this.scheme = scheme;
    }

    /**
     * Merges the concepts, listed parents first, into the scheme. A concept whose URI names a
     * value of another scheme is left out; its narrower concepts go under its nearest broader
     * concept that is in this scheme.
     */
    public Outcome merge(List<ConceptData> concepts, Mode mode) {
        load();
        // Read before the first change: a query among the changes would write values out
        // early, and one changed again after that would take two versions.
        Set<UUID> used = mode == Mode.FOLLOW ? new TagCounts(em).direct(scheme).keySet()
                : Set.of();
        Map<String, ConceptData> incoming = new LinkedHashMap<>();
        concepts.forEach(c -> incoming.put(c.uri(), c));
        Set<String> elsewhere = inOtherSchemes(incoming.keySet());

        int created = 0;
        int updated = 0;
        for (ConceptData concept : concepts) {
            if (elsewhere.contains(concept.uri())) {
                continue;
            }
            TaxonomyValue parent = nearestParent(concept, incoming);
            TaxonomyValue value = byUri.get(concept.uri());
            if (value == null) {
                create(concept, parent);
                created++;
            } else if (mode != Mode.ADD_ONLY && update(value, concept, parent)) {
                updated++;
            }
        }

        int removed = 0;
        int kept = 0;
        if (mode == Mode.FOLLOW) {
            List<TaxonomyValue> dropped = values.stream().filter(v -> v.getCanonicalUri() != null
                    && !incoming.containsKey(v.getCanonicalUri())).toList();
            removed = removeUnused(dropped, used);
            kept = dropped.size() - removed;
        }
        if (mode != Mode.ADD_ONLY) {
            updated += replaceLocalValues();
        }
        Outcome outcome = new Outcome(created, updated, removed, kept);
        if (kept > 0) {
            LOG.info(() -> "Taxonomy " + scheme.getCode() + " keeps " + outcome.kept()
                    + " value(s) its origin no longer has: they tag objects or have local"
                    + " values below them");
        }
        return outcome;
    }

    private void load() {
        values.addAll(em.createQuery("select v from TaxonomyValue v where v.scheme = :s"
                + " order by v.depth, v.position, v.code", TaxonomyValue.class)
                .setParameter("s", scheme).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "v.labels").getResultList());
        for (TaxonomyValue value : values) {
            if (value.getCanonicalUri() != null) {
                byUri.put(value.getCanonicalUri(), value);
            }
            codesAtStart.add(value.getCode());
        }
        codesTaken.addAll(codesAtStart);
    }

    /** The URIs among those given that are canonical URIs of values of other schemes. */
    private Set<String> inOtherSchemes(Set<String> uris) {
        List<String> unknown = uris.stream().filter(u -> !byUri.containsKey(u)).toList();
        Set<String> elsewhere = new HashSet<>();
        for (int from = 0; from < unknown.size(); from += 500) {
            elsewhere.addAll(em.createQuery("select v.canonicalUri from TaxonomyValue v"
                    + " where v.scheme <> :s and v.canonicalUri in :uris", String.class)
                    .setParameter("s", scheme).setParameter("uris", new ArrayList<>(
                            unknown.subList(from, Math.min(from + 500, unknown.size()))))
                    .getResultList());
        }
        if (!elsewhere.isEmpty()) {
            LOG.warning(() -> elsewhere.size() + " concept(s) offered for taxonomy "
                    + scheme.getCode() + " belong to another taxonomy here; left out");
        }
        return elsewhere;
    }

    private TaxonomyValue nearestParent(ConceptData concept, Map<String, ConceptData> incoming) {
        String broader = concept.broaderUri();
        while (broader != null) {
            TaxonomyValue parent = byUri.get(broader);
            if (parent != null) {
                return parent;
            }
            ConceptData above = incoming.get(broader);
            broader = above == null ? null : above.broaderUri();
        }
        return null;
    }

    private void create(ConceptData concept, TaxonomyValue parent) {
        TaxonomyValue value = new TaxonomyValue(scheme, freeCode(concept.code()));
        value.assignUuid(UUID.nameUUIDFromBytes(concept.uri().getBytes(StandardCharsets.UTF_8)));
        value.setCanonicalUri(concept.uri());
        value.setLabels(concept.labels());
        value.placeUnder(parent, concept.position());
        TreeEditor.checkDepth(value.getDepth());
        changes.record(value);
        em.persist(value);
        byUri.put(concept.uri(), value);
        values.add(value);
        placed.add(value.getUuid());
    }

    private boolean update(TaxonomyValue value, ConceptData concept, TaxonomyValue parent) {
        changes.track(value);
        boolean changed = false;
        if (!value.getLabels().equals(concept.labels())) {
            value.setLabels(concept.labels());
            changed = true;
        }
        // A code is a local handle: it follows the origin's notation only when that is free
        // here since before this merge, so two values never swap codes in one flush.
        String code = concept.code();
        if (!value.getCode().equals(code) && !codesTaken.contains(code)) {
            codesTaken.add(code);
            value.setCode(code);
            changed = true;
        }
        String path = (parent == null ? "/" : parent.getPath()) + value.getUuid() + "/";
        if (!TreeEditor.sameParent(value, parent) || value.getPosition() != concept.position()
                || !path.equals(value.getPath())) {
            value.placeUnder(parent, concept.position());
            TreeEditor.checkDepth(value.getDepth());
            changed = true;
        }
        placed.add(value.getUuid());
        if (changed) {
            changes.record(value);
        }
        return changed;
    }

    private String freeCode(String wanted) {
        String code = wanted;
        for (int n = 2; codesTaken.contains(code); n++) {
            String suffix = "-" + n;
            code = wanted.substring(0, Math.min(wanted.length(), CODE_LENGTH - suffix.length()))
                    + suffix;
        }
        codesTaken.add(code);
        return code;
    }

    /** Removes dropped values that tag nothing and have nothing below them that stays. */
    private int removeUnused(List<TaxonomyValue> dropped, Set<UUID> used) {
        if (dropped.isEmpty()) {
            return 0;
        }
        Set<UUID> droppedIds = new HashSet<>();
        dropped.forEach(v -> droppedIds.add(v.getUuid()));
        Map<UUID, List<TaxonomyValue>> children = children();
        Map<UUID, Boolean> removable = new HashMap<>();
        List<TaxonomyValue> remove = dropped.stream()
                .filter(v -> removable(v, droppedIds, used, children, removable)).toList();
        if (!remove.isEmpty()) {
            ValueDeletion.remove(em, changes, remove);
            values.removeAll(remove);
        }
        return remove.size();
    }

    private static boolean removable(TaxonomyValue value, Set<UUID> dropped, Set<UUID> used,
            Map<UUID, List<TaxonomyValue>> children, Map<UUID, Boolean> known) {
        Boolean answer = known.get(value.getUuid());
        if (answer == null) {
            answer = dropped.contains(value.getUuid()) && !used.contains(value.getUuid())
                    && children.getOrDefault(value.getUuid(), List.of()).stream()
                            .allMatch(c -> removable(c, dropped, used, children, known));
            known.put(value.getUuid(), answer);
        }
        return answer;
    }

    /**
     * Gives the values the merge did not place (local additions, values kept) the depth and
     * path their possibly moved parents now call for, parents first; returns how many moved.
     */
    private int replaceLocalValues() {
        Map<UUID, List<TaxonomyValue>> children = children();
        Deque<TaxonomyValue> queue = new ArrayDeque<>(children.getOrDefault(null, List.of()));
        int moved = 0;
        while (!queue.isEmpty()) {
            TaxonomyValue value = queue.poll();
            TaxonomyValue parent = value.getParent().orElse(null);
            String path = (parent == null ? "/" : parent.getPath()) + value.getUuid() + "/";
            if (!placed.contains(value.getUuid()) && !path.equals(value.getPath())) {
                changes.track(value);
                value.placeUnder(parent, value.getPosition());
                TreeEditor.checkDepth(value.getDepth());
                changes.record(value);
                moved++;
            }
            queue.addAll(children.getOrDefault(value.getUuid(), List.of()));
        }
        return moved;
    }

    /** The values by the UUID of their parent (null: the roots), as they stand now. */
    private Map<UUID, List<TaxonomyValue>> children() {
        Map<UUID, List<TaxonomyValue>> children = new HashMap<>();
        for (TaxonomyValue value : values) {
            UUID parent = value.getParent().map(TaxonomyValue::getUuid).orElse(null);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(value);
        }
        return children;
    }
}
