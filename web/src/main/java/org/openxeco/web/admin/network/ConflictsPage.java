package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.sync.Copies;
import org.openxeco.network.sync.SyncRun;
import org.openxeco.network.sync.SyncService;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The copies whose fields changed both here and at their origin, each field with both
 * values side by side: the admin keeps the local value or takes the remote one, fetches
 * the copy again from its origin, or detaches it to keep it as a local object.
 */
@Named
@ViewScoped
public class ConflictsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 200;

    @Inject
    transient SyncService sync;

    @Inject
    CopyReader copies;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<CopyRow> rows = List.of();

    @PostConstruct
    void load() {
        refresh();
    }

    /** Reads the copies in conflict again. */
    public void refresh() {
        rows = sync.inConflict(MAX).stream().map(copies::row).toList();
    }

    /** Keeps the local value of one field, which the next syncs then leave alone. */
    public void keepLocal(CopyRow row, String field) {
        resolve(row, field, Copies.Resolution.KEEP_LOCAL, "net.conflict.keptLocal");
    }

    /** Takes the origin's value of one field, fetched again now. */
    public void takeRemote(CopyRow row, String field) {
        resolve(row, field, Copies.Resolution.TAKE_REMOTE, "net.conflict.tookRemote");
    }

    private void resolve(CopyRow row, String field, Copies.Resolution how, String done) {
        try {
            sync.resolve(row.uuid(), field, how);
            texts.info(done, field, label(row));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** Fetches the copy from its origin again now. */
    public void refreshCopy(CopyRow row) {
        try {
            SyncRun run = sync.refresh(row.uuid());
            texts.info("net.copy.refreshed", label(row), texts.get("net.run.state."
                    + run.getState()));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** Keeps the copy as a local object that no longer follows its origin. */
    public void detach(CopyRow row) {
        try {
            sync.detach(row.uuid());
            texts.info("net.copy.detached", label(row));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    private static String label(CopyRow row) {
        return row.name() == null ? row.originUri() : row.name();
    }

    public List<CopyRow> getRows() {
        return rows;
    }
}
