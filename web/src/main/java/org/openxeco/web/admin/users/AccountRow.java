package org.openxeco.web.admin.users;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openxeco.account.Account;

/** One account as the list shows it. */
public record AccountRow(UUID uuid, String username, String shownName, String email,
        List<String> roles, boolean active, Instant lastSignIn, Instant lockedUntil)
        implements Serializable {

    static AccountRow of(Account account) {
        return new AccountRow(account.getUuid(), account.getUsername(), account.getShownName(),
                account.getEmail(), account.getRoles().stream().sorted().toList(),
                account.isActive(), account.getLastSignIn(), account.getLockedUntil());
    }

    /** Whether sign-in is locked now after too many failed attempts. */
    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
