package org.openxeco.taxonomy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;

/**
 * Applies the rows of a checked taxonomy file, parents first, to the values a scheme has:
 * creates values at the end of their siblings and updates labels and parents of existing
 * ones. Finds the next sibling position with at most one query per parent.
 */
final class TreeImport {

    private static final String ROOT = "/";

    private final EntityManager em;
    private final ChangeLog changes;
    private final TaxonomyScheme scheme;
    private final TreeEditor editor;
    private final Map<String, TaxonomyValue> byCode = new HashMap<>();
    private final Map<String, Integer> nextPosition = new HashMap<>();
    private final Set<String> createdHere = new HashSet<>();

    TreeImport(EntityManager em, ChangeLog changes, TaxonomyScheme scheme,
            List<TaxonomyValue> values) {
        this.em = em;
        this.changes = changes;
        this.scheme = scheme;
        this.editor = new TreeEditor(em, changes);
        for (TaxonomyValue value : values) {
            byCode.put(value.getCode(), value);
        }
    }

    /** How many values the scheme has now. */
    int size() {
        return byCode.size();
    }

    boolean has(String code) {
        return byCode.containsKey(code);
    }

    /** Creates the value of a row; a canonical URI, if any, also fixes its UUID. */
    TaxonomyValue create(TaxonomyRow row, String lang, String canonicalUri) {
        TaxonomyValue parent = parentOf(row);
        TaxonomyValue value = new TaxonomyValue(scheme, row.code());
        if (canonicalUri != null) {
            value.assignUuid(UUID.nameUUIDFromBytes(
                    canonicalUri.getBytes(StandardCharsets.UTF_8)));
            value.setCanonicalUri(canonicalUri);
        }
        value.setLabels(Map.of(lang, row.label()));
        value.placeUnder(parent, takePosition(parent));
        changes.record(value);
        em.persist(value);
        byCode.put(row.code(), value);
        createdHere.add(row.code());
        return value;
    }

    /**
     * Gives an existing value the row's label in the language and the row's parent; returns
     * whether anything changed. A move the tree rules refuse is reported on the row's line.
     */
    boolean update(TaxonomyRow row, String lang, String fileName) {
        TaxonomyValue value = byCode.get(row.code());
        TaxonomyValue parent = parentOf(row);
        changes.track(value);
        boolean changed = false;
        // The move reads the tree before it changes anything, so it comes first.
        if (!TreeEditor.sameParent(value, parent)) {
            TaxonomyValue oldParent = value.getParent().orElse(null);
            try {
                editor.moveToEnd(value, parent);
            } catch (ConflictException e) {
                throw TaxonomyCsv.problem(fileName, row.line(), "taxcsv.conflict", e.getMessage());
            } catch (InvalidInputException e) {
                throw TaxonomyCsv.problem(fileName, row.line(), "taxcsv.cannotMove", row.code(),
                        row.parentCode(), e.errors().get(0).message());
            }
            nextPosition.remove(key(oldParent));
            nextPosition.remove(key(parent));
            changed = true;
        }
        if (!row.label().equals(value.getLabels().get(lang))) {
            Map<String, String> labels = new LinkedHashMap<>(value.getLabels());
            labels.put(lang, row.label());
            value.setLabels(labels);
            changed = true;
        }
        if (changed) {
            changes.record(value);
        }
        return changed;
    }

    private TaxonomyValue parentOf(TaxonomyRow row) {
        return row.parentCode() == null ? null : byCode.get(row.parentCode());
    }

    private int takePosition(TaxonomyValue parent) {
        Integer next = nextPosition.get(key(parent));
        if (next == null) {
            next = parent != null && createdHere.contains(parent.getCode()) ? 0
                    : editor.nextPosition(scheme, parent);
        }
        nextPosition.put(key(parent), next + 1);
        return next;
    }

    private static String key(TaxonomyValue parent) {
        return parent == null ? ROOT : parent.getUuid().toString();
    }
}
