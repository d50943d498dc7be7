package org.openxeco.account;

import org.openxeco.kernel.DomainException;

/**
 * A mailed link that cannot be used: unknown, used already, expired, replaced by a newer
 * link, withdrawn after the account's password or address changed, or left behind when a
 * newer sign-up on the same address replaced the account it was for. The reason is told to
 * the visitor, who holds the token and learns nothing about anyone else from it.
 */
public class TokenRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the token was refused. */
    public enum Reason {
        UNKNOWN, USED, EXPIRED, SUPERSEDED, WITHDRAWN, REPLACED
    }

    private final Reason reason;

    public TokenRefusedException(Reason reason) {
        super("The link cannot be used: " + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String kind() {
        return "token-" + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
