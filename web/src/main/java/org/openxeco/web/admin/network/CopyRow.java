package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openxeco.kernel.ObjectType;
import org.openxeco.network.sync.ImportedCopy;
import org.openxeco.network.sync.ImportReference;
import org.openxeco.network.sync.SyncConflict;

/**
 * A copy of a peer's object as the portal shows it: where it comes from, how far it is
 * synced, whether its origin withdrew it, why its logo could not be fetched, what it still
 * waits for, and its conflicting fields with both values.
 */
public record CopyRow(UUID uuid, ObjectType type, String name, String originUri,
        String peerName, UUID peerUuid, long originVersion, Instant importedAt,
        Instant syncedAt, String withdrawnReason, Instant withdrawnAt, Instant detachedAt,
        String logoProblem, List<Field> conflicts, List<Pending> pending)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A field changed both here and at the origin: both values, and when it was found. */
    public record Field(String field, String local, String remote, Instant detected)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Something the copy refers to that has not arrived here yet. */
    public record Pending(ImportReference.Role role, String uri, String label)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public CopyRow {
        conflicts = List.copyOf(conflicts);
        pending = List.copyOf(pending);
    }

    static CopyRow of(ImportedCopy copy, String name, List<SyncConflict> conflicts,
            List<ImportReference> pending) {
        return new CopyRow(copy.getObjectUuid(), copy.getObjectType(), name,
                copy.getOriginUri(), copy.getPeer().map(p -> p.getName()).orElse(null),
                copy.getPeer().map(p -> p.getUuid()).orElse(null), copy.getOriginVersion(),
                copy.getImportedAt(), copy.getSyncedAt(), copy.getWithdrawnReason().orElse(null),
                copy.getWithdrawnAt().orElse(null), copy.getDetachedAt().orElse(null),
                copy.getLogoProblem().orElse(null),
                conflicts.stream().map(c -> new Field(c.getField(), c.getLocalValue(),
                        c.getRemoteValue(), c.getDetectedAt())).toList(),
                pending.stream().map(r -> new Pending(r.getRole(), r.getTargetUri(),
                        r.getLabel())).toList());
    }

    /** The editor page of the object. */
    public String editor() {
        return type == ObjectType.ENTITY ? "/admin/entity" : "/admin/article";
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Still follows a peer, so it can be fetched again from its origin. */
    public boolean following() {
        return peerUuid != null;
    }

    public boolean inConflict() {
        return !conflicts.isEmpty();
    }
}
