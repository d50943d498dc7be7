package org.openxeco.rest.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.openxeco.account.AccountData;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.platform.AnsweredAs;

/** What a client sends to create or change an account. */
@AnsweredAs(AccountView.class)
public class AccountInput {

    public String username;
    public String displayName;
    public String email;
    public Set<String> roles;
    public Boolean active;
    public List<String> entities;
    public String password;
    public Long version;

    AccountData toData() {
        // Roles are read in any case, as the other words of a body.
        Set<String> named = roles == null ? null : roles.stream().map(r -> r == null ? null
                : r.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new AccountData(username, displayName, email, named,
                active == null || active, Inputs.uuids(entities == null ? List.of() : entities,
                        "entities"));
    }
}
