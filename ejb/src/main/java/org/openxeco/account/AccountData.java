package org.openxeco.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator sets on an account: the user name (only when creating), display
 * name, e-mail, roles, whether it is active and the entities a member may edit.
 */
public record AccountData(String username, String displayName, String email, Set<String> roles,
        boolean active, List<UUID> entities) {

    public AccountData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
