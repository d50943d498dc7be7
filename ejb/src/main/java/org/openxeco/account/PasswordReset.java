package org.openxeco.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.audit.AuditTrail;

/**
 * Forgotten passwords: a visitor gives an address and, if an active account uses it, a
 * single-use link to choose a new password is mailed there. The answer is the same for
 * every address, and a request over the mail limits sends nothing.
 */
@Stateless
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenStore tokens;

    @Inject
    AccountMails mails;

    @Inject
    MailLimits limits;

    @Inject
    CredentialCache recent;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "openxeco.account.reset-lifetime", defaultValue = "PT1H")
    Duration lifetime;

    Clock clock = Clock.systemUTC();

    /** Mails a reset link to each active account using the address, within the limits. */
    @PermitAll
    public void request(String address, String client) {
        String email = Emails.checked("email", address);
        List<Account> accounts = Emails.holders(em, email).stream()
                .filter(Account::isActive).toList();
        if (accounts.isEmpty()) {
            LOG.info("A password reset was asked for an address of no active account");
            return;
        }
        for (Account account : accounts) {
            if (limits.take("account.reset", email, client)) {
                String token = tokens.issue(account, TokenPurpose.RESET_PASSWORD,
                        account.getEmail(), lifetime);
                mails.passwordReset(account, token, lifetime);
                LOG.info(() -> "Mailed a password reset link for account "
                        + account.getUsername());
            }
        }
    }

    /** The user name of the account a usable reset link is for. */
    @PermitAll
    public String check(String token) {
        return usable(tokens.check(token, TokenPurpose.RESET_PASSWORD)).getUsername();
    }

    /**
     * Sets a new password that follows the rules, using the link up and lifting any sign-in
     * lock. Following the link also proves the address, so a pending account is verified.
     */
    @PermitAll
    public void reset(String token, char[] password) {
        Account account = usable(tokens.check(token, TokenPurpose.RESET_PASSWORD));
        PasswordRules.check(account.getUsername(), password);
        // Hashed before the link is used up: the slow hash must not run while the token's
        // row is locked, or a second click at the same moment waits and fails.
        String hash = passwords.hash(password);
        AccountToken used = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);

        audit.before(account);
        account.changePassword(hash, now());
        if (account.isAwaitingVerification()) {
            account.emailConfirmed(used.getEmail(), now());
        }
        account.touch(now());
        audit.recorded(account, false);
        tokens.closeAll(account);
        recent.forget(account.getUsername());
        LOG.info(() -> "Reset the password of account " + account.getUsername()
                + " by a mailed link");
    }

    /** The token's account, or a refusal as for an unknown link when it was deactivated. */
    static Account usable(AccountToken token) {
        if (!token.getAccount().isActive()) {
            throw new TokenRefusedException(TokenRefusedException.Reason.UNKNOWN);
        }
        return token.getAccount();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
