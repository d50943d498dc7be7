package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerService;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The peers of this node with their handshake state and health, handshakes waiting for a
 * decision first. Approving, rejecting and revoking are confirmed in a dialog that shows
 * the peer's fingerprint; a re-check asks the peer at once where the handshake stands.
 */
@Named
@ViewScoped
public class PeersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the administrator is asked to confirm. */
    public enum Decision {
        APPROVE, REJECT, REVOKE
    }

    @Inject
    transient PeerService peers;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<PeerRow> rows;
    private PeerRow chosen;
    private Decision decision;

    @PostConstruct
    void load() {
        refresh();
    }

    /** Reads the peers again. */
    public void refresh() {
        Instant now = Instant.now();
        rows = peers.list().stream().map(peer -> PeerRow.of(peer, now))
                .sorted(Comparator.comparing((PeerRow row) -> !row.pending())
                        .thenComparing(row -> row.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Opens the confirmation of a decision on one peer. */
    public void ask(Decision next, PeerRow row) {
        decision = next;
        chosen = row;
    }

    /** Carries out the confirmed decision and tells how it went. */
    public void confirm() {
        if (chosen == null || decision == null) {
            return;
        }
        try {
            Peer peer = switch (decision) {
                case APPROVE -> peers.approve(chosen.uuid());
                case REJECT -> peers.reject(chosen.uuid());
                case REVOKE -> peers.revoke(chosen.uuid());
            };
            texts.info("net.done." + decision, peer.getName());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        chosen = null;
        refresh();
    }

    /** Asks the peer now where the handshake stands. */
    public void recheck(PeerRow row) {
        try {
            Peer peer = peers.recheck(row.uuid());
            texts.info("net.rechecked", peer.getName(),
                    texts.get("net.state." + peer.getState()));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** How many handshakes wait for this node's decision. */
    public long getWaiting() {
        return rows.stream().filter(PeerRow::pending).count();
    }

    public List<PeerRow> getRows() {
        return rows;
    }

    public PeerRow getChosen() {
        return chosen;
    }

    public Decision getDecision() {
        return decision;
    }

    /** The start of the keys of the texts of the confirmation dialog. */
    public String getDecisionKey() {
        return decision == null ? "" : "net.decide." + decision;
    }
}
