package org.openxeco.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.openxeco.kernel.InstantConverter;

/** An administrator's decision on a member's request or change: when, who and why. */
@Embeddable
public class Decision {

    static final int MESSAGE_MAX = 2000;

    @Convert(converter = InstantConverter.class)
    private Instant decided;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_message", length = MESSAGE_MAX)
    private String message;

    protected Decision() {
    }

    Decision(Instant decided, String decidedBy, String message) {
        this.decided = decided;
        this.decidedBy = decidedBy;
        this.message = message;
    }

    public Instant getDecided() {
        return decided;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getMessage() {
        return message;
    }
}
