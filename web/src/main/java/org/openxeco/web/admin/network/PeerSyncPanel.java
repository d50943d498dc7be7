package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.sync.PeerSync;
import org.openxeco.network.sync.SyncRun;
import org.openxeco.network.sync.SyncService;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The sync of one active peer on its page: how far this node has read the peer's feed,
 * whether it follows everything the peer shares, "sync now", and the run log, read again
 * while a run is going. Removing the peer asks whether its copies are kept or deleted.
 */
@Named
@ViewScoped
public class PeerSyncPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RUNS = 20;
    private static final String FORM = "sync";
    /** How long the page waits for a run it asked for to appear in the log. */
    private static final Duration AWAIT_LIMIT = Duration.ofSeconds(30);

    @Inject
    transient SyncService sync;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String id;
    private UUID peer;
    private long position;
    private boolean followAll;
    private Instant lastRun;
    private int runsFailed;
    private List<RunRow> runs = List.of();
    private boolean keepCopies = true;
    /** The newest run before "sync now", while the run it started is not in the log yet. */
    private Long awaitingAfter;
    private Instant awaitingSince;

    /** Reads the sync state of the peer named by the {@code id} parameter. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            peer = UUID.fromString(id == null ? "" : id.strip());
            refresh();
        } catch (IllegalArgumentException | DomainException e) {
            // The browser part of the page says that there is no such peer.
            peer = null;
        }
    }

    /** Reads the state and the latest runs again. */
    public void refresh() {
        if (peer == null) {
            return;
        }
        PeerSync state = sync.state(peer);
        position = state.getPosition();
        followAll = state.isFollowAll();
        lastRun = state.getLastRunAt();
        runsFailed = state.getRunsFailed();
        Instant now = Instant.now();
        runs = sync.runs(peer, RUNS).stream().map(run -> RunRow.of(run, now)).toList();
        if (awaitingAfter != null) {
            stopAwaitingOnceShown(now);
        }
    }

    /** Starts a sync now; the log shows it while it runs. */
    public void syncNow() {
        long newest = runs.stream().mapToLong(RunRow::id).max().orElse(0);
        try {
            sync.syncNow(peer);
            texts.info("net.sync.started");
            // The run starts on another thread: the log is read again until it shows there.
            awaitingAfter = newest;
            awaitingSince = Instant.now();
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        refresh();
    }

    /** Follows everything the peer shares, or only what was imported, as the toggle says. */
    public void follow() {
        try {
            sync.followAll(peer, followAll);
            texts.info(followAll ? "net.sync.follow.on" : "net.sync.follow.off");
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        refresh();
    }

    /** Removes the peer, keeping or deleting its copies, and goes back to the peers. */
    public String remove() {
        try {
            int count = sync.removePeer(peer, keepCopies);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            texts.info(keepCopies ? "net.remove.kept" : "net.remove.deleted", count);
            return "/admin/network/peers?faces-redirect=true";
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
            return null;
        }
    }

    /** Whether a run of this peer is going, so the page reads the log again. */
    public boolean isRunning() {
        return awaitingAfter != null || runs.stream().anyMatch(RunRow::running);
    }

    private void stopAwaitingOnceShown(Instant now) {
        boolean shown = runs.stream().anyMatch(r -> r.trigger() == SyncRun.Trigger.MANUAL
                && r.id() > awaitingAfter);
        if (shown || now.isAfter(awaitingSince.plus(AWAIT_LIMIT))) {
            awaitingAfter = null;
        }
    }

    public boolean isShown() {
        return peer != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getPosition() {
        return position;
    }

    public boolean isFollowAll() {
        return followAll;
    }

    public void setFollowAll(boolean followAll) {
        this.followAll = followAll;
    }

    public Instant getLastRun() {
        return lastRun;
    }

    public int getRunsFailed() {
        return runsFailed;
    }

    public List<RunRow> getRuns() {
        return runs;
    }

    public boolean isKeepCopies() {
        return keepCopies;
    }

    public void setKeepCopies(boolean keepCopies) {
        this.keepCopies = keepCopies;
    }
}
