package org.openxeco.web.admin.users;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.Account;
import org.openxeco.account.AccountData;
import org.openxeco.account.AccountManagement;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Roles;
import org.openxeco.web.ui.EntityChoice;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Creates and changes an account: user name (only when creating), display name, e-mail,
 * roles, active or not and the entities a member may edit; sets a first password, typed or
 * suggested by the node and shown once, and resets the password of an existing account.
 */
@Named
@ViewScoped
public class UserEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountManagement accounts;

    @Inject
    transient OrganisationService organisations;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private UUID uuid;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;
    private List<EntityChoice> entities = new ArrayList<>();
    private String password;
    private String suggested;

    /** Opens the dialog for a new member account. */
    public void startCreate() {
        uuid = null;
        version = 0;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>(List.of(Roles.MEMBER));
        active = true;
        entities = new ArrayList<>();
        password = null;
        suggested = null;
    }

    /** Opens the dialog with an account's current details. */
    public void startEdit(AccountRow row) {
        Account account = accounts.get(row.uuid());
        uuid = account.getUuid();
        version = account.getVersion();
        username = account.getUsername();
        displayName = account.getDisplayName();
        email = account.getEmail();
        roles = new ArrayList<>(account.getRoles());
        active = account.isActive();
        entities = new ArrayList<>(account.getEntities().stream()
                .map(EntityChoice::of)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        password = null;
        suggested = null;
    }

    /** Opens the password reset of an account. */
    public void startReset(AccountRow row) {
        uuid = row.uuid();
        username = row.username();
        password = null;
        suggested = null;
    }

    /** Lets the node pick a password, to be shown once and then handed to the person. */
    public void suggest() {
        suggested = accounts.suggestPassword();
        password = null;
    }

    /** Creates the account or stores the changes; the dialog stays open on a refusal. */
    public void save() {
        AccountData data = new AccountData(blankToNull(username), blankToNull(displayName),
                blankToNull(email), new HashSet<>(roles), active,
                entities.stream().map(e -> UUID.fromString(e.uuid())).toList());
        try {
            if (uuid == null) {
                char[] chosen = chosenPassword();
                try {
                    accounts.create(data, chosen);
                } finally {
                    Arrays.fill(chosen, '\0');
                }
                texts.info("usr.created", username);
            } else {
                accounts.update(uuid, version, data);
                texts.info("common.saved");
            }
            forgetPasswords();
        } catch (DomainException refusal) {
            refusals.show(refusal, "user-form");
        }
    }

    /** Sets the typed or suggested password on the account. */
    public void resetPassword() {
        try {
            char[] chosen = chosenPassword();
            try {
                accounts.resetPassword(uuid, chosen);
            } finally {
                Arrays.fill(chosen, '\0');
            }
            texts.info("usr.password.reset.done", username);
            forgetPasswords();
        } catch (DomainException refusal) {
            refusals.show(refusal, "password-form");
        }
    }

    private char[] chosenPassword() {
        String chosen = password != null && !password.isEmpty() ? password : suggested;
        return chosen == null ? new char[0] : chosen.toCharArray();
    }

    private void forgetPasswords() {
        password = null;
        suggested = null;
    }

    /** Entities whose name contains the typed text, for the entity picker. */
    public List<EntityChoice> completeEntity(String text) {
        OrganisationFilter filter = new OrganisationFilter(Optional.ofNullable(text)
                .map(String::strip).filter(t -> !t.isEmpty()), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        return organisations.list(filter, OrganisationSort.NAME, PageRequest.first(15)).items()
                .stream().map(EntityChoice::of)
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCreating() {
        return uuid == null;
    }

    public List<String> getRoleChoices() {
        return List.of(Roles.ADMIN, Roles.MEMBER);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<EntityChoice> getEntities() {
        return entities;
    }

    public void setEntities(List<EntityChoice> entities) {
        this.entities = entities == null ? new ArrayList<>() : new ArrayList<>(entities);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The suggested password, shown until the account is saved. */
    public String getSuggested() {
        return suggested;
    }
}
