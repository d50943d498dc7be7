package org.openxeco.rest.network;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.openxeco.network.sync.ImportReference;
import org.openxeco.network.sync.ImportedCopy;
import org.openxeco.network.sync.PeerSync;
import org.openxeco.network.sync.SyncConflict;
import org.openxeco.network.sync.SyncRun;

/** Sync runs, per-peer sync state and copies as administrators see them through the API. */
final class SyncViews {

    private SyncViews() {
    }

    /** One run of a peer's sync or import. */
    public record RunView(long id, String peer, String trigger, String startedBy,
            Instant started, Instant finished, String state, int progress, long fromPosition,
            long position, Long head, int pages, int created, int updated, int unchanged,
            int withdrawn, int conflicts, int errors, String message, long durationMillis) {

        static RunView of(SyncRun r) {
            return new RunView(r.getId(), r.getPeer().getUuid().toString(), wire(r.getTrigger()),
                    r.getStartedBy(), r.getStarted(), r.getFinished().orElse(null),
                    wire(r.getState()), r.getProgress(), r.getFromPosition(), r.getPosition(),
                    r.getHead().orElse(null), r.getPages(), r.getCreated(), r.getUpdated(),
                    r.getUnchanged(), r.getWithdrawn(), r.getConflicts(), r.getErrors(),
                    r.getMessage().orElse(null), r.duration(Instant.now()).toMillis());
        }
    }

    /** How far this node follows a peer's feed, and its latest runs. */
    public record StateView(long position, boolean followAll, Instant lastRunAt,
            int runsFailed, List<RunView> runs) {

        static StateView of(PeerSync s, List<SyncRun> runs) {
            return new StateView(s.getPosition(), s.isFollowAll(), s.getLastRunAt(),
                    s.getRunsFailed(), runs.stream().map(RunView::of).toList());
        }
    }

    /** A field in conflict. */
    public record ConflictView(String field, String local, String remote, Instant detectedAt) {

        static ConflictView of(SyncConflict c) {
            return new ConflictView(c.getField(), c.getLocalValue(), c.getRemoteValue(),
                    c.getDetectedAt());
        }
    }

    /** The provenance of a copy and its conflicts. */
    public record CopyView(String id, String type, String origin, String peer,
            long originVersion, Instant importedAt, Instant syncedAt, Instant withdrawnAt,
            String withdrawnReason, Instant detachedAt, boolean inConflict, String logoSource,
            String logoProblem, List<ConflictView> conflicts,
            List<ReferenceView> pendingReferences) {

        static CopyView of(ImportedCopy c, List<SyncConflict> conflicts,
                List<ImportReference> pending) {
            return new CopyView(c.getObjectUuid().toString(), wire(c.getObjectType()),
                    c.getOriginUri(), c.getPeer().map(p -> p.getUuid().toString()).orElse(null),
                    c.getOriginVersion(), c.getImportedAt(), c.getSyncedAt(),
                    c.getWithdrawnAt().orElse(null), c.getWithdrawnReason().orElse(null),
                    c.getDetachedAt().orElse(null), c.isInConflict(),
                    c.getLogoSource().orElse(null), c.getLogoProblem().orElse(null),
                    conflicts.stream().map(ConflictView::of).toList(),
                    pending.stream().map(ReferenceView::of).toList());
        }
    }

    /** A concept or entity a copy refers to that is not here yet. */
    public record ReferenceView(String role, String uri, String label, String scheme) {

        static ReferenceView of(ImportReference r) {
            return new ReferenceView(wire(r.getRole()), r.getTargetUri(), r.getLabel(),
                    r.getSchemeUri());
        }
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
