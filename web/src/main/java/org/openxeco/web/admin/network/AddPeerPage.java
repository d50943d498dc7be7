package org.openxeco.web.admin.network;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerService;
import org.openxeco.network.peers.PeerState;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Adds a peer in two steps: look the node up by its base URL and show who answers there
 * with its key fingerprint, then, once the administrator compared the fingerprint with the
 * other administrator, ask it for a handshake. A refusal leaves the typed address in place.
 */
@Named
@ViewScoped
public class AddPeerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "add-peer";
    private static final String ADDRESS = FORM + ":baseUrl";

    @Inject
    transient PeerService peers;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String baseUrl;
    private String lookedUp;
    private NodeSummary found;

    /** Fetches the descriptor of the node at the typed address. */
    public void lookUp() {
        found = null;
        lookedUp = null;
        if (typed().isEmpty()) {
            refuse(texts.get("net.add.required"));
            return;
        }
        try {
            found = NodeSummary.of(peers.preview(typed()));
            lookedUp = typed();
        } catch (InvalidInputException invalid) {
            refuse(invalid);
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    /** Asks the node that was looked up for a handshake, with the fingerprint shown. */
    public String request() {
        if (found == null || !typed().equals(lookedUp)) {
            found = null;
            refuse(texts.get("net.add.changed"));
            return null;
        }
        try {
            Peer peer = peers.request(found.baseUrl(), found.fingerprint());
            texts.info(peer.getState() == PeerState.ACTIVE ? "net.add.active"
                    : "net.add.requested", peer.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .setKeepMessages(true);
            return "/admin/network/peers?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            refuse(invalid);
        } catch (DomainException refusal) {
            if ("fingerprint-changed".equals(refusal.kind())) {
                found = null;
            }
            refusals.show(refusal, FORM);
        }
        return null;
    }

    private String typed() {
        return baseUrl == null ? "" : baseUrl.strip();
    }

    private void refuse(InvalidInputException invalid) {
        for (FieldError error : invalid.errors()) {
            refuse(texts.get("net.add.badAddress", error.message()));
        }
    }

    private void refuse(String text) {
        texts.error(ADDRESS, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public NodeSummary getFound() {
        return found;
    }
}
