package org.openxeco.network.trust;

import jakarta.ejb.ApplicationException;

import org.openxeco.kernel.DomainException;

/**
 * A node-to-node message whose signature this node does not accept, and why.
 * Thrown where no transaction runs (calls to and from peers), so nothing rolls back.
 */
@ApplicationException(rollback = false)
public class SignatureRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public SignatureRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    @Override
    public String kind() {
        return refusal.kind();
    }
}
