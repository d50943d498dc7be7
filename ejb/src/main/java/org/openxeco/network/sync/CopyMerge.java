package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of a copy with what its origin sends now, field by field, against the
 * fingerprints of what the origin sent last time (the base). A field changed only at the
 * origin takes the remote value; one changed only here keeps the local value; one changed on
 * both sides to different values is a conflict and keeps the local value until an admin
 * decides. Sets (tags, related entities) merge element by element, so what was added here
 * stays and what the origin removed goes.
 */
final class CopyMerge {

    private static final String SEPARATOR = ",";

    private CopyMerge() {
    }

    /** A field that changed on both sides. */
    record Conflict(String field, String local, String remote) {
    }

    /** What a merge did: whether the copy changed, its conflicts, and the new base. */
    record Outcome(boolean changed, List<Conflict> conflicts, Map<String, String> base) {
    }

    /** What to remove from and add to a local set, and the new base of the set. */
    record SetOutcome(Set<String> remove, Set<String> add, String base) {

        boolean changed() {
            return !remove.isEmpty() || !add.isEmpty();
        }
    }

    /**
     * Merges the fields of a remote object into the local one; with no base (a new copy),
     * every field is taken.
     */
    static <T> Outcome fields(List<CopyField<T>> fields, T local, T remote,
            Map<String, String> base, boolean fresh) {
        Map<String, String> next = new HashMap<>(base);
        List<Conflict> conflicts = new ArrayList<>();
        boolean changed = false;
        for (CopyField<T> field : fields) {
            String l = field.text().apply(local);
            String r = field.text().apply(remote);
            String printRemote = FieldBase.fingerprint(r);
            String printBase = base.get(field.name());
            if (Objects.equals(l, r)) {
                next.put(field.name(), printRemote);
            } else if (fresh || printBase == null
                    || printBase.equals(FieldBase.fingerprint(l))) {
                field.take().accept(local, remote);
                next.put(field.name(), printRemote);
                changed = true;
            } else if (!printBase.equals(printRemote)) {
                conflicts.add(new Conflict(field.name(), l, r));
            }
        }
        return new Outcome(changed, conflicts, next);
    }

    /**
     * Merges a set given by the keys of its elements (URIs): the origin's removals since the
     * base are removed here, its additions added, and local additions kept.
     */
    static SetOutcome set(Collection<String> local, Collection<String> remote, String base,
            boolean fresh) {
        Set<String> printsBase = fresh || base == null || base.isEmpty() ? Set.of()
                : new HashSet<>(Arrays.asList(base.split(SEPARATOR)));
        Set<String> printsRemote = new LinkedHashSet<>();
        remote.forEach(r -> printsRemote.add(FieldBase.fingerprint(r)));
        Set<String> remove = new LinkedHashSet<>();
        for (String l : local) {
            String print = FieldBase.fingerprint(l);
            if (printsBase.contains(print) && !printsRemote.contains(print)) {
                remove.add(l);
            }
        }
        Set<String> add = new LinkedHashSet<>();
        for (String r : remote) {
            if (!local.contains(r) && !printsBase.contains(FieldBase.fingerprint(r))) {
                add.add(r);
            }
        }
        return new SetOutcome(remove, add, String.join(SEPARATOR, printsRemote));
    }
}
