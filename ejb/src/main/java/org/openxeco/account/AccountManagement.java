package org.openxeco.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.audit.AuditTrail;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;

/**
 * What administrators do with accounts: list, create, change roles and details, deactivate,
 * reset passwords and assign members to the entities they may edit. Every method checks the
 * admin role itself; the node always keeps at least one active administrator.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class AccountManagement {

    private static final Logger LOG = Logger.getLogger(AccountManagement.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    CredentialCache recent;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    TokenStore tokens;

    @Inject
    UnverifiedAccounts unverified;

    @Resource
    SessionContext context;

    /**
     * Accounts whose user name, display name or e-mail contains the text, by user name, with
     * their entities loaded inside the transaction (callers read them after it ends).
     */
    public List<Account> list(String text, int first, int max) {
        Roles.requireAdmin(context);
        List<Account> found = em.createQuery("select a from Account a where " + matching()
                + " order by a.username", Account.class)
                .setParameter("text", pattern(text))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100))
                .getResultList();
        found.forEach(Account::getEntities);
        return found;
    }

    /** How many accounts {@link #list} finds for the text. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String text) {
        Roles.requireAdmin(context);
        return em.createQuery("select count(a) from Account a where " + matching(), Long.class)
                .setParameter("text", pattern(text)).getSingleResult();
    }

    private static String matching() {
        return "(lower(a.username) like :text escape '\\' or lower(a.displayName) like :text"
                + " escape '\\' or lower(a.email) like :text escape '\\')";
    }

    public Account get(UUID uuid) {
        Roles.requireAdmin(context);
        Account account = stored(uuid).orElseThrow(() -> new NotFoundException("Account", uuid));
        account.getEntities();
        return account;
    }

    /** Creates an account with the given password, which must follow the password rules. */
    public Account create(AccountData data, char[] password) {
        Roles.requireAdmin(context);
        check(data);
        String username = UserNames.checked("username", data.username());
        if (AccountService.byUsername(em, username).isPresent()) {
            throw new ConflictException("duplicate-username",
                    Problems.text("account.nameTaken", username));
        }
        PasswordRules.check(username, password);

        Account account = new Account(username, passwords.hash(password), data.roles(), now());
        account.setActive(data.active());
        apply(account, data);
        InputCheck.validate(validator, account);
        UniqueKeys.store(em, account, "duplicate-username");
        audit.recorded(account, true);
        LOG.info(() -> "Created account " + username + " with roles " + data.roles());
        return account;
    }

    /** Changes an account's details, roles, status and entities, if the caller saw its version. */
    public Account update(UUID uuid, long version, AccountData data) {
        Roles.requireAdmin(context);
        Account account = get(uuid);
        StaleVersionException.check("Account " + uuid, version, account.getVersion());
        check(data);
        audit.before(account);
        boolean losesAdmin = account.isActive() && account.getRoles().contains(Roles.ADMIN)
                && (!data.active() || !data.roles().contains(Roles.ADMIN));
        if (losesAdmin && accounts.countAdmins() <= 1) {
            throw new ConflictException("last-admin",
                    "The node needs at least one active administrator");
        }
        if (!data.active() && isCaller(account)) {
            throw new ConflictException("self", "You cannot deactivate your own account");
        }
        if (losesAdmin && isCaller(account)) {
            throw new ConflictException("self-demotion", "You cannot remove your own admin role");
        }

        account.setRoles(data.roles());
        account.setActive(data.active());
        apply(account, data);
        InputCheck.validate(validator, account);
        account.touch(now());
        UniqueKeys.store(em, account, "duplicate-username");
        audit.recorded(account, false);
        recent.forget(account.getUsername());
        LOG.info(() -> "Updated account " + account.getUsername());
        return account;
    }

    /** Sets a new password chosen by an administrator and lifts any sign-in lock. */
    public void resetPassword(UUID uuid, char[] password) {
        Roles.requireAdmin(context);
        Account account = get(uuid);
        PasswordRules.check(account.getUsername(), password);
        audit.before(account);
        account.changePassword(passwords.hash(password), now());
        account.touch(now());
        audit.recorded(account, false);
        recent.forget(account.getUsername());
        tokens.closeAll(account);
        LOG.info(() -> "Reset the password of account " + account.getUsername());
    }

    /** A random password that follows the rules, to hand to a new user once. */
    public String suggestPassword() {
        return AccountService.randomPassword();
    }

    /** The accounts assigned to an entity, by user name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Account> assignedTo(UUID entity) {
        Roles.requireAdmin(context);
        return em.createQuery("select a from Account a join a.entities o where o.uuid = :uuid"
                + " order by a.username", Account.class)
                .setParameter("uuid", entity.toString()).getResultList();
    }

    private void check(AccountData data) {
        List<FieldError> errors = new ArrayList<>();
        if (data.roles().isEmpty()) {
            errors.add(Problems.field("roles", "roles.none"));
        }
        for (String role : data.roles()) {
            if (!Roles.ADMIN.equals(role) && !Roles.MEMBER.equals(role)) {
                errors.add(Problems.field("roles", "roles.unknown", role));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Attaches a stored account to one more entity, as an approved member's request does. The
     * account's version moves on, so an account editor opened before refuses its stale save.
     */
    public void attachEntity(Account account, Organisation organisation) {
        Roles.requireAdmin(context);
        account.attach(organisation);
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void apply(Account account, AccountData data) {
        String email = blankToNull(data.email()) == null ? null
                : Emails.checked("email", data.email());
        if (email != null && !Emails.key(email).equals(Emails.key(account.getEmail()))) {
            // An address nobody confirmed belongs to nobody; any other holder keeps it.
            if (Emails.holders(em, email).stream()
                    .anyMatch(other -> other != account && !other.isAwaitingVerification())) {
                throw Problems.invalid("email", "email.taken");
            }
            unverified.releaseAddress(email);
        }
        account.setDisplayName(blankToNull(data.displayName()));
        account.setEmail(email);
        account.replaceEntities(entities(data.entities()));
    }

    private Set<Organisation> entities(Collection<UUID> uuids) {
        Set<Organisation> found = new LinkedHashSet<>();
        int index = 0;
        for (UUID uuid : uuids) {
            String field = "entities[" + index++ + "]";
            found.add(em.createQuery("select o from Organisation o where o.uuid = :uuid",
                    Organisation.class).setParameter("uuid", uuid.toString())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> Problems.invalid(field, "entity.unknown", uuid)));
        }
        return found;
    }

    private boolean isCaller(Account account) {
        return context != null && context.getCallerPrincipal() != null
                && account.getUsername().equals(context.getCallerPrincipal().getName());
    }

    private Optional<Account> stored(UUID uuid) {
        return em.createQuery("select a from Account a where a.uuid = :uuid", Account.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst();
    }

    private static String pattern(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
