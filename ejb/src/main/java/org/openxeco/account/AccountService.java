package org.openxeco.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.openxeco.kernel.Roles;

/**
 * Keeps accounts. Passwords are stored only as PBKDF2 hashes in the format the database
 * identity store of Jakarta Security verifies.
 */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    /** Parameters of the stored hashes; also set on the identity store that checks them. */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    CredentialCache recent;

    private static volatile String unknownAccountHash;

    /**
     * Checks a user name and password and returns the account's roles. An unknown or
     * deactivated account costs the same hash check as a wrong password, so the answer
     * and its timing do not tell whether the account exists.
     */
    @PermitAll
    public Optional<Set<String>> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Set<String>> remembered = recent.lookup(username, password);
        if (remembered.isPresent()) {
            return remembered;
        }

        Optional<Account> account = em.createQuery("select a from Account a"
                + " where a.username = :name and a.active = true", Account.class)
                .setParameter("name", username).getResultStream().findFirst();
        String hash = account.map(Account::passwordHash).orElseGet(this::unknownAccountHash);
        if (!passwordHash.verify(password, hash) || account.isEmpty()) {
            LOG.fine(() -> "Refused a sign-in");
            return Optional.empty();
        }

        Set<String> roles = account.get().getRoles();
        recent.remember(username, password, roles);
        return Optional.of(roles);
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            passwordHash.initialize(HASH_PARAMETERS);
            unknownAccountHash = passwordHash.generate(randomPassword().toCharArray());
        }
        return unknownAccountHash;
    }

    /** Number of accounts holding the admin role. */
    public long countAdmins() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role",
                Long.class).setParameter("role", Roles.ADMIN).getSingleResult();
    }

    /**
     * Creates the first administrator when no admin exists yet. Returns the password to
     * announce once if it had to be generated, or an empty string when one was configured.
     */
    public String createFirstAdmin(String username, String configuredPassword) {
        if (countAdmins() > 0) {
            return "";
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomPassword() : configuredPassword;

        passwordHash.initialize(HASH_PARAMETERS);
        String hash = passwordHash.generate(password.toCharArray());
        em.persist(new Account(username, hash, Set.of(Roles.ADMIN), Instant.now()));

        LOG.info(() -> "Created the first administrator account " + username);
        return generate ? password : "";
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
