package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.trust.NodeIdentity;
import org.openxeco.network.trust.NodeKey;
import org.openxeco.web.ui.Dates;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * This node as its peers see it: name, base URL and the fingerprint to read out to other
 * administrators; every key it has had; and the key rotation, which keeps the old key
 * valid for the grace period.
 */
@Named
@ViewScoped
public class NodePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NodeIdentity identity;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Inject
    Dates dates;

    private NodeSummary node;
    private List<KeyRow> keys;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        node = NodeSummary.of(identity.descriptor());
        keys = identity.keys().stream().map(key -> KeyRow.of(key, now)).toList();
    }

    /** Replaces the signing key and says the new fingerprint. */
    public void rotate() {
        try {
            NodeKey fresh = identity.rotate();
            load();
            texts.info("net.rotate.done", fresh.fingerprint());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
    }

    /** The grace period and its end if the key were rotated now, for the confirmation. */
    public String getRotationText() {
        Duration grace = identity.keyGrace();
        return texts.get("net.rotate.explain", spoken(grace),
                dates.dateTime(Instant.now().plus(grace)));
    }

    private String spoken(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return texts.get("net.duration.days", duration.toDays());
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return texts.get("net.duration.hours", duration.toHours());
        }
        return texts.get("net.duration.minutes", Math.max(1, duration.toMinutes()));
    }

    public NodeSummary getNode() {
        return node;
    }

    public List<KeyRow> getKeys() {
        return keys;
    }
}
