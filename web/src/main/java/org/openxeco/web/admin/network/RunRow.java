package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.openxeco.network.sync.SyncRun;

/** One run of a peer's sync or of an import, as the run log shows it. */
public record RunRow(long id, SyncRun.Trigger trigger, Instant started, String startedBy,
        SyncRun.State state, int progress, int created, int updated, int unchanged,
        int withdrawn, int conflicts, int errors, Duration duration, String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static RunRow of(SyncRun run, Instant now) {
        return new RunRow(run.getId(), run.getTrigger(), run.getStarted(), run.getStartedBy(),
                run.getState(), run.getProgress(), run.getCreated(), run.getUpdated(),
                run.getUnchanged(), run.getWithdrawn(), run.getConflicts(), run.getErrors(),
                run.duration(now), run.getMessage().orElse(""));
    }

    public boolean running() {
        return state == SyncRun.State.RUNNING;
    }

    /** The duration in seconds with one decimal, as the log shows it. */
    public String seconds() {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
