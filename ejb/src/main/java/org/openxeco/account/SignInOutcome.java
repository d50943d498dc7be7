package org.openxeco.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the sign-in of the current request found beyond yes or no. Set only once the
 * password was right, so it tells nothing to someone who does not know the password.
 */
@RequestScoped
public class SignInOutcome {

    private boolean awaitingVerification;

    /** Whether the right password was given for an account whose address is not confirmed. */
    public boolean isAwaitingVerification() {
        return awaitingVerification;
    }

    void awaitingVerification() {
        awaitingVerification = true;
    }
}
