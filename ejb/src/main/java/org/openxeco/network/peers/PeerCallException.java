package org.openxeco.network.peers;

import jakarta.ejb.ApplicationException;

import org.openxeco.kernel.DomainException;

/**
 * A call to a peer that failed: unreachable, too slow, too large, refused or unverifiable.
 * Thrown where no transaction runs (calls to and from peers), so nothing rolls back.
 */
@ApplicationException(rollback = false)
public class PeerCallException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PeerCallException(String message) {
        this(message, 0);
    }

    public PeerCallException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The peer's HTTP status, or 0 if it gave none. */
    public int status() {
        return status;
    }

    @Override
    public String kind() {
        return "peer-call-failed";
    }
}
