package org.openxeco.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * Signs people in and lets them change their own password. Passwords are stored only as
 * PBKDF2 hashes in the format the database identity store of Jakarta Security verifies.
 * After too many failed sign-ins an account is locked for a while; a locked, deactivated or
 * unknown account gets the same answer, at the same cost, as a wrong password.
 */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHash;

    @Inject
    CredentialCache recent;

    @Inject
    TokenStore tokens;

    @Inject
    AuditTrail audit;

    @Inject
    SignInOutcome outcome;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "openxeco.security.account-max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "openxeco.security.account-lock-minutes", defaultValue = "15")
    long lockMinutes;

    Clock clock = Clock.systemUTC();

    private static volatile String unknownAccountHash;

    /**
     * Checks a user name, typed in any case, and password and returns the account's stored
     * user name and roles, or nothing when the sign-in is refused for any reason.
     */
    @PermitAll
    public Optional<SignedIn> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = byUsername(username).filter(Account::isActive);
        Instant now = now();
        if (account.isPresent() && !account.get().isLockedAt(now)
                && !account.get().isAwaitingVerification()
                && recent.knows(username, account.get().passwordHash(), password)) {
            return Optional.of(new SignedIn(account.get().getUsername(),
                    account.get().getRoles()));
        }
        String hash = account.map(Account::passwordHash).orElseGet(this::unknownAccountHash);
        boolean matches = passwordHash.verify(password, hash);
        if (account.isEmpty()) {
            LOG.fine("Refused a sign-in");
            return Optional.empty();
        }
        Account found = account.get();
        if (!matches || found.isLockedAt(now)) {
            if (!matches && found.failedSignIn() >= maxFailures) {
                found.lockUntil(now.plus(Duration.ofMinutes(lockMinutes)));
                recent.forget(username);
                LOG.warning(() -> "Locked account " + found.getUsername() + " for " + lockMinutes
                        + " minutes after repeated failed sign-ins");
            }
            return Optional.empty();
        }
        if (found.isAwaitingVerification()) {
            outcome.awaitingVerification();
            return Optional.empty();
        }

        // One statement without the version check: several requests of one account may sign
        // in at the same moment, and none of them should fail on the others' bookkeeping.
        em.createQuery("update Account a set a.lastSignIn = :now, a.failedSignIns = 0,"
                + " a.lockedUntil = null where a.username = :username")
                .setParameter("now", now).setParameter("username", found.getUsername())
                .executeUpdate();
        SignedIn caller = new SignedIn(found.getUsername(), found.getRoles());
        recent.remember(found.getUsername(), hash, password);
        return Optional.of(caller);
    }

    /**
     * The current roles of an active, unlocked account; nothing once it was deactivated.
     * Portals ask on every request, so a change of roles or status applies at once.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<String>> currentRoles(String username) {
        return byUsername(username).filter(Account::isActive)
                .filter(a -> !a.isAwaitingVerification()).map(Account::getRoles);
    }

    /** The account of the signed-in caller. */
    @PermitAll
    public Optional<Account> current() {
        String name = context.getCallerPrincipal() == null ? null
                : context.getCallerPrincipal().getName();
        return name == null ? Optional.empty() : byUsername(name);
    }

    /** Lets a signed-in person change their own password, proving they know the current one. */
    @PermitAll
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        Account account = current().filter(Account::isActive)
                .orElseThrow(() -> new NotAllowedException("Sign in to change your password"));
        if (currentPassword == null
                || !passwordHash.verify(currentPassword, account.passwordHash())) {
            throw Problems.invalid("currentPassword", "password.currentWrong");
        }
        PasswordRules.check(account.getUsername(), newPassword);
        audit.before(account);
        account.changePassword(hash(newPassword), now());
        account.touch(now());
        audit.recorded(account, false);
        recent.forget(account.getUsername());
        tokens.closeAll(account);
    }

    /**
     * Keeps the signed-in person's language and time zone for their next sessions. A zone
     * the JVM does not know or a language outside the given set is refused.
     */
    @PermitAll
    public void savePreferences(String language, String timeZone, Set<String> languages) {
        Account account = current().filter(Account::isActive)
                .orElseThrow(() -> new NotAllowedException("Sign in to keep preferences"));
        if (language != null && !languages.contains(language)) {
            throw Problems.invalid("language", "language.unknown", language);
        }
        try {
            if (timeZone != null) {
                java.time.ZoneId.of(timeZone);
            }
        } catch (java.time.DateTimeException e) {
            throw Problems.invalid("timeZone", "timeZone.unknown", timeZone);
        }
        account.setPreferences(language, timeZone);
    }

    /** Number of active accounts holding the admin role. */
    public long countAdmins() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role"
                + " and a.active = true", Long.class).setParameter("role", Roles.ADMIN)
                .getSingleResult();
    }

    /**
     * Creates the first administrator when no admin exists yet. Returns the password to
     * announce once if it had to be generated, or an empty string when one was configured.
     */
    public String createFirstAdmin(String username, String configuredPassword) {
        if (countAdmins() > 0 || byUsername(username).isPresent()) {
            return "";
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomPassword() : configuredPassword;

        Account account = new Account(username, hash(password.toCharArray()),
                Set.of(Roles.ADMIN), now());
        em.persist(account);
        audit.recorded(account, true);

        LOG.info(() -> "Created the first administrator account " + username);
        return generate ? password : "";
    }

    private Optional<Account> byUsername(String username) {
        return byUsername(em, username);
    }

    /** The account whose user name is this one or the same by {@link UserNames#key}. */
    static Optional<Account> byUsername(EntityManager em, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.usernameKey = :key",
                Account.class).setParameter("key", UserNames.key(username))
                .getResultStream().findFirst();
    }

    private String hash(char[] password) {
        return passwordHash.hash(password);
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = hash(randomPassword().toCharArray());
        }
        return unknownAccountHash;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A random password of 24 URL-safe characters (144 bits). */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
