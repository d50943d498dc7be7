package org.openxeco.account;

import java.util.Set;

/** A successful sign-in: the account's user name as stored, whatever case was typed, and roles. */
public record SignedIn(String username, Set<String> roles) {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
