package org.openxeco.rest.account;

import java.util.List;
import java.util.Set;

import org.openxeco.account.AccountData;
import org.openxeco.rest.Inputs;

/** What a client sends to create or change an account. */
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
        return new AccountData(username, displayName, email, roles,
                active == null || active, Inputs.uuids(entities == null ? List.of() : entities,
                        "entities"));
    }
}
