package org.openxeco.rest.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openxeco.account.Account;

/** An account as the API shows it; never its password hash. */
public record AccountView(UUID id, String username, String displayName, String email,
        Set<String> roles, boolean active, List<UUID> entities, Instant lastSignIn,
        Instant lockedUntil, Instant created, Instant updated, long version) {

    static AccountView of(Account a) {
        return new AccountView(a.getUuid(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getRoles(), a.isActive(), a.getEntities().stream().map(o -> o.getUuid())
                        .sorted().toList(), a.getLastSignIn(), a.getLockedUntil(),
                a.getCreated(), a.getUpdated(), a.getVersion());
    }
}
