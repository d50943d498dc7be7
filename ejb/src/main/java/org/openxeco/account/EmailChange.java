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
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Problems;

/**
 * Changes a member's e-mail address in two steps: the new address gets a link, and only
 * when it is followed does the account use it; the former address is then told. Until
 * then everything, including password resets, goes to the former address.
 */
@Stateless
public class EmailChange {

    private static final Logger LOG = Logger.getLogger(EmailChange.class.getName());

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
    UnverifiedAccounts unverified;

    @Inject
    AccountMails mails;

    @Inject
    MailLimits limits;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "openxeco.account.verify-lifetime", defaultValue = "P2D")
    Duration lifetime;

    Clock clock = Clock.systemUTC();

    /**
     * Mails a link to the new address, proving the caller knows their password. When the
     * address belongs to another account its owner is told instead; the caller sees the
     * same answer.
     */
    @PermitAll
    public void request(String address, char[] password, String client) {
        Account account = accounts.current().filter(Account::isActive)
                .orElseThrow(() -> new NotAllowedException("Sign in to change your address"));
        PasswordConfirmation.refuseLocked(account, now());
        if (password == null || !passwords.verify(password, account.passwordHash())) {
            confirmations.failed(account);
            throw Problems.invalid("currentPassword", "password.wrong");
        }
        String email = Emails.checked("email", address);
        if (Emails.key(email).equals(Emails.key(account.getEmail()))) {
            throw new ConflictException("same-email", "This is the account's address already");
        }

        // Only confirmed addresses count: a pending or unconfirmed one proves nothing.
        List<Account> owners = Emails.confirmedHolders(em, email).stream()
                .filter(other -> !other.getUuid().equals(account.getUuid())).toList();
        if (!owners.isEmpty()) {
            if (limits.take("account.exists", email, client)) {
                mails.addressInUse(owners.get(0), email);
            }
            LOG.info("An address change named an address in use; its owner was told");
            return;
        }
        if (!limits.take("account.email-change", email, client)) {
            return;
        }
        audit.before(account);
        account.setPendingEmail(email);
        account.touch(now());
        audit.recorded(account, false);
        String token = tokens.issue(account, TokenPurpose.CHANGE_EMAIL, email, lifetime);
        mails.emailChange(account, email, token, lifetime);
        LOG.info(() -> "Account " + account.getUsername() + " asked to change its address");
    }

    /** Makes the linked address the account's address; the link works once. */
    @PermitAll
    public Account confirm(String token) {
        PasswordReset.usable(tokens.check(token, TokenPurpose.CHANGE_EMAIL));
        AccountToken used = tokens.redeem(token, TokenPurpose.CHANGE_EMAIL);
        Account account = used.getAccount();
        boolean taken = Emails.confirmedHolders(em, used.getEmail()).stream()
                .anyMatch(other -> !other.getUuid().equals(account.getUuid()));
        if (taken) {
            throw new ConflictException("email-taken", "Another account uses this address");
        }

        unverified.releaseAddress(used.getEmail());
        String former = account.getEmail();
        audit.before(account);
        account.emailConfirmed(used.getEmail(), now());
        account.touch(now());
        UniqueKeys.store(em, account, "email-taken");
        audit.recorded(account, false);
        tokens.closeAll(account);
        if (former != null && !Emails.key(former).equals(Emails.key(used.getEmail()))) {
            mails.emailChanged(account, former);
        }
        LOG.info(() -> "Account " + account.getUsername() + " confirmed its new address");
        return account;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
