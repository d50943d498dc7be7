package org.openxeco.network.sync;

import jakarta.ejb.ApplicationException;

import org.openxeco.network.peers.PeerCallException;

/**
 * A peer's taxonomy is not SKOS this node can take: a field is missing or of the wrong
 * shape, a broader concept is not in the scheme, the tree has a cycle or is too deep. The
 * message says what is wrong; the import it stopped changes nothing.
 */
@ApplicationException(rollback = true)
public class SkosFormatException extends PeerCallException {

    private static final long serialVersionUID = 1L;

    public SkosFormatException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "unreadable-taxonomy";
    }
}
