package org.openxeco.taxonomy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * Merges the checked concepts of a SKOS file, parents first, into a scheme: a concept that
 * matches a value (by URI or code, matched before) gives it its labels (other languages are
 * kept), its parent and, if free, its code; any other concept becomes a new value at the end
 * of its siblings, with the concept's URI as canonical URI and a UUID derived from it. Values
 * the file does not name are left alone. Problems are collected per concept; the caller
 * refuses the whole file if there are any.
 */
public final class ConceptMerge {

    /** What a merge did: values created, values changed and values already so. */
    public record Outcome(int created, int updated, int unchanged) {
    }

    private static final String ROOT = "/";

    private final EntityManager em;
    private final ChangeLog changes;
    private final TaxonomyScheme scheme;
    private final TreeEditor editor;
    private final Map<String, TaxonomyValue> byUri = new HashMap<>();
    private final Map<String, TaxonomyValue> byCode = new HashMap<>();
    private final Map<String, Integer> nextPosition = new HashMap<>();
    private final List<FieldError> problems = new ArrayList<>();

    /** A merge into the scheme, whose values are given with the concept URIs they match. */
    public ConceptMerge(EntityManager em, ChangeLog changes, TaxonomyScheme scheme,
            List<TaxonomyValue> values, Map<String, TaxonomyValue> matched) {
        this.em = em;
        this.changes = changes;
        this.scheme = scheme;
        this.editor = new TreeEditor(em, changes);
        values.forEach(v -> byCode.put(v.getCode(), v));
        byUri.putAll(matched);
    }

    /** Applies the concepts, listed parents first; returns what changed. */
    public Outcome merge(List<ConceptData> concepts) {
        int created = 0;
        int updated = 0;
        for (ConceptData concept : concepts) {
            TaxonomyValue parent = concept.broaderUri() == null ? null
                    : byUri.get(concept.broaderUri());
            TaxonomyValue value = byUri.get(concept.uri());
            try {
                if (value == null) {
                    create(concept, parent);
                    created++;
                } else if (update(value, concept, parent)) {
                    updated++;
                }
            } catch (ConflictException | InvalidInputException e) {
                problems.add(Problems.field("concepts[" + concept.uri() + "].broader",
                        "skos.cannotPlace", concept.broaderUri(), why(e)));
            }
        }
        return new Outcome(created, updated, concepts.size() - created - updated);
    }

    /** Why a value could not be placed: the refused fields' texts, or the conflict's. */
    private static String why(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.errors().stream()
                .map(FieldError::message).collect(java.util.stream.Collectors.joining("; "))
                : e.getMessage();
    }

    /** The concepts that could not be merged, with why. */
    public List<FieldError> problems() {
        return problems;
    }

    /** The value each concept URI of the file stands for now. */
    public TaxonomyValue valueOf(String conceptUri) {
        return byUri.get(conceptUri);
    }

    private void create(ConceptData concept, TaxonomyValue parent) {
        TaxonomyValue taken = byCode.get(concept.code());
        if (taken != null) {
            problems.add(Problems.field("concepts[" + concept.uri() + "].notation",
                    "skos.codeTaken", concept.code(), scheme.getCode()));
            return;
        }
        TaxonomyValue value = new TaxonomyValue(scheme, concept.code());
        value.assignUuid(UUID.nameUUIDFromBytes(concept.uri().getBytes(StandardCharsets.UTF_8)));
        value.setCanonicalUri(concept.uri());
        value.setLabels(concept.labels());
        value.placeUnder(parent, takePosition(parent));
        TreeEditor.checkDepth(value.getDepth());
        changes.record(value);
        em.persist(value);
        byUri.put(concept.uri(), value);
        byCode.put(concept.code(), value);
        nextPosition.put(value.getUuid().toString(), 0);
    }

    private boolean update(TaxonomyValue value, ConceptData concept, TaxonomyValue parent) {
        changes.track(value);
        boolean changed = false;
        Map<String, String> labels = new LinkedHashMap<>(value.getLabels());
        labels.putAll(concept.labels());
        if (!labels.equals(value.getLabels())) {
            value.setLabels(labels);
            changed = true;
        }
        if (!value.getCode().equals(concept.code()) && !byCode.containsKey(concept.code())) {
            byCode.remove(value.getCode());
            value.setCode(concept.code());
            byCode.put(concept.code(), value);
            changed = true;
        }
        if (!TreeEditor.sameParent(value, parent)) {
            TaxonomyValue oldParent = value.getParent().orElse(null);
            editor.moveToEnd(value, parent);
            nextPosition.remove(key(oldParent));
            nextPosition.remove(key(parent));
            changed = true;
        }
        if (changed) {
            changes.record(value);
        }
        return changed;
    }

    private int takePosition(TaxonomyValue parent) {
        Integer next = nextPosition.get(key(parent));
        if (next == null) {
            next = editor.nextPosition(scheme, parent);
        }
        nextPosition.put(key(parent), next + 1);
        return next;
    }

    private static String key(TaxonomyValue parent) {
        return parent == null ? ROOT : parent.getUuid().toString();
    }
}
