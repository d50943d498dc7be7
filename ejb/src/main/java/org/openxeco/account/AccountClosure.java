package org.openxeco.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditTrail;
import org.openxeco.audit.Audited;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * A member's own data as a whole: export it as JSON, or delete the account. Other features
 * add their part through {@link AccountDataSection} beans. Deleting keeps the audit trail
 * (who did what) but blanks the personal values it recorded about the account itself.
 */
@Stateless
public class AccountClosure {

    private static final Logger LOG = Logger.getLogger(AccountClosure.class.getName());

    /** Fields of an account's audit entries that say who the person is, blanked on delete. */
    private static final String PERSONAL_FIELDS =
            "('email', 'pendingEmail', 'displayName', 'jobTitle')";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordConfirmation confirmations;

    @Inject
    TokenStore tokens;

    @Inject
    CredentialCache recent;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<AccountDataSection> sections;

    /** Everything the node keeps about the signed-in person, never a hash or a token. */
    @PermitAll
    public JsonObject export() {
        Account a = signedIn();
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("exported", Instant.now().toString())
                .add("account", Jsonp.createObjectBuilder()
                        .add("id", a.getUuid().toString())
                        .add("username", a.getUsername())
                        .add("email", text(a.getEmail()))
                        .add("pendingEmail", text(tokens.pendingEmail(a)))
                        .add("emailVerified", text(a.getEmailVerified()))
                        .add("created", a.getCreated().toString())
                        .add("lastSignIn", text(a.getLastSignIn()))
                        .add("passwordChanged", text(a.getPasswordChanged()))
                        .add("roles", Jsonp.createArrayBuilder(a.getRoles().stream().sorted()
                                .toList())))
                .add("profile", Jsonp.createObjectBuilder()
                        .add("displayName", text(a.getDisplayName()))
                        .add("jobTitle", text(a.getProfile().getJobTitle()))
                        .add("bio", text(a.getProfile().getBio()))
                        .add("public", a.getProfile().isPublic()))
                .add("preferences", Jsonp.createObjectBuilder()
                        .add("language", text(a.getLanguage()))
                        .add("timeZone", text(a.getTimeZone())))
                .add("entities", entities(a));
        for (AccountDataSection section : sections) {
            json.add(section.name(), section.export(a));
        }
        LOG.info(() -> "Account " + a.getUsername() + " exported its data");
        return json.build();
    }

    /**
     * Deletes the signed-in person's account once they confirm with their password. The
     * last active administrator cannot delete their own account.
     */
    @PermitAll
    public void delete(char[] password) {
        Account account = signedIn();
        PasswordConfirmation.refuseLocked(account, Instant.now());
        if (password == null || !passwords.verify(password, account.passwordHash())) {
            confirmations.failed(account);
            throw Problems.invalid("currentPassword", "password.wrong");
        }
        if (account.getRoles().contains(Roles.ADMIN) && accounts.countAdmins() <= 1) {
            throw new ConflictException("last-admin",
                    "The node needs at least one active administrator");
        }

        for (AccountDataSection section : sections) {
            section.forget(account);
        }
        tokens.forget(account);
        em.createNativeQuery("update audit_change set old_value = null, new_value = null"
                + " where field in " + PERSONAL_FIELDS + " and entry_id in (select id from"
                + " audit_entry where object_uuid = ?1)")
                .setParameter(1, account.getUuid().toString()).executeUpdate();
        audit.deleted(gone(account.getUuid(), account.getUsername()));
        String username = account.getUsername();
        em.remove(account);
        em.flush();
        recent.forget(username);
        LOG.info(() -> "Deleted account " + username + " at its owner's request");
    }

    private Account signedIn() {
        return accounts.current().filter(Account::isActive)
                .orElseThrow(() -> new NotAllowedException("Sign in to manage your account"));
    }

    private static JsonArrayBuilder entities(Account account) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        account.getEntities().stream().sorted(Comparator.comparing(Organisation::getName))
                .forEach(o -> list.add(Jsonp.createObjectBuilder()
                        .add("id", o.getUuid().toString()).add("name", o.getName())));
        return list;
    }

    /** What the audit trail keeps of a deleted account: its id and user name. */
    private static Audited gone(UUID uuid, String username) {
        return new Audited() {
            @Override
            public String auditType() {
                return "ACCOUNT";
            }

            @Override
            public UUID getUuid() {
                return uuid;
            }

            @Override
            public String auditLabel() {
                return username;
            }

            @Override
            public Map<String, String> auditFields() {
                return Map.of("username", username);
            }
        };
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Jsonp.createValue(value.toString());
    }
}
