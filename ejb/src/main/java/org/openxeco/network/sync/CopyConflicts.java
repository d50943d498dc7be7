package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps the conflict rows of a copy in step with the latest merge: a field still in conflict
 * gets both current values, one that no longer is loses its row, and the copy is marked in
 * conflict while any row remains.
 */
@Dependent
public class CopyConflicts {

    private static final int MAX_TEXT = 100000;

    @PersistenceContext
    EntityManager em;

    void replace(Batch batch, ImportedCopy copy, List<CopyMerge.Conflict> found) {
        if (found.isEmpty() && !copy.isInConflict()) {
            return;
        }
        List<SyncConflict> rows = copy.isInConflict()
                ? batch.conflicts.getOrDefault(copy.getObjectUuid().toString(), List.of())
                : List.of();
        Map<String, SyncConflict> byField = new HashMap<>();
        rows.forEach(r -> byField.put(r.getField(), r));
        List<SyncConflict> kept = new ArrayList<>();
        for (CopyMerge.Conflict conflict : found) {
            SyncConflict row = byField.remove(conflict.field());
            if (row == null) {
                row = new SyncConflict(copy, conflict.field(),
                        cut(conflict.local()), cut(conflict.remote()), batch.now);
                em.persist(row);
            } else {
                row.update(cut(conflict.local()), cut(conflict.remote()), batch.now);
            }
            kept.add(row);
        }
        byField.values().forEach(em::remove);
        batch.conflicts.put(copy.getObjectUuid().toString(), kept);
        copy.conflict(!kept.isEmpty());
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
