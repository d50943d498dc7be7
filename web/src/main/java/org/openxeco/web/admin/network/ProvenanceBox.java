package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.sync.SyncRun;
import org.openxeco.network.sync.SyncService;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Where an object on an editor page comes from, when it is a copy of a peer's object: its
 * origin, peer and version, sync times, withdrawal at the origin, pending references and
 * conflicts, with "refresh from origin" and "detach".
 */
@Named
@ViewScoped
public class ProvenanceBox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SyncService sync;

    @Inject
    CopyReader copies;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private UUID object;
    private CopyRow copy;

    /** The copy behind the object, or {@code null} when it is not one (or not saved yet). */
    public CopyRow of(UUID uuid) {
        if (!Objects.equals(uuid, object)) {
            object = uuid;
            read();
        }
        return copy;
    }

    private void read() {
        copy = object == null ? null : copies.find(object).orElse(null);
    }

    /** Fetches the object from its origin again now and opens the editor afresh. */
    public String refresh() {
        try {
            SyncRun run = sync.refresh(object);
            texts.info("net.copy.refreshed", label(), texts.get("net.run.state."
                    + run.getState()));
            return reopen();
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
            return null;
        }
    }

    /** Keeps the object as a local one that no longer follows its origin. */
    public String detach() {
        try {
            sync.detach(object);
            texts.info("net.copy.detached", label());
            return reopen();
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
            return null;
        }
    }

    private String label() {
        return copy == null || copy.name() == null ? String.valueOf(object) : copy.name();
    }

    /** The editor again, so that it shows the values and version the change left. */
    private String reopen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&id=" + object;
    }
}
