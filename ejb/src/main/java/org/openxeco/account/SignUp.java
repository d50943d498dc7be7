package org.openxeco.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * Lets visitors create member accounts that can sign in once their e-mail address is
 * confirmed by a mailed link. Whether an address is registered already is never told: its
 * owner gets a mail instead, and the visitor sees the same answer as for a new account.
 */
@Stateless
public class SignUp {

    private static final Logger LOG = Logger.getLogger(SignUp.class.getName());
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de");

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
    AuditTrail audit;

    @Inject
    UnverifiedAccounts unverified;

    @Inject
    @ConfigProperty(name = "openxeco.account.verify-lifetime", defaultValue = "P2D")
    Duration lifetime;

    Clock clock = Clock.systemUTC();

    /**
     * Creates a member account awaiting verification and mails its link, or, when a
     * confirmed account uses the address, mails its owner. An unconfirmed account on the
     * address is replaced. Refuses bad input and a taken user name.
     */
    @PermitAll
    public void register(SignUpData data, char[] password, String client) {
        String email = check(data);
        String username = UserNames.checked("username", data.username());
        PasswordRules.check(username, password);
        // Hashed before anything else, so both answers cost the same time.
        String hash = passwords.hash(password);

        unverified.purgeCreatedBefore(now().minus(lifetime));
        // The user name first: its answer must not depend on whether the address is in use.
        if (AccountService.byUsername(em, username).isPresent()) {
            throw new ConflictException("username-taken",
                    Problems.text("account.nameTaken", username));
        }
        List<Account> owners = Emails.confirmedHolders(em, email);
        if (!owners.isEmpty()) {
            if (limits.take("account.exists", email, client)) {
                mails.addressInUse(owners.get(0), email);
            }
            LOG.info("A sign-up named an address in use; its owner was told");
            return;
        }
        // An account that never confirmed this address gives way to the newest sign-up; the
        // mailed link names the user name, so the address's owner confirms only their own.
        unverified.releaseAddress(email);

        Account account = new Account(username, hash, Set.of(Roles.MEMBER), now());
        account.setDisplayName(blankToNull(data.displayName()));
        account.setEmail(email);
        account.setPreferences(data.language(), null);
        account.awaitVerification();
        UniqueKeys.store(em, account, "username-taken");
        audit.recorded(account, true);
        sendVerification(account, client);
        LOG.info(() -> "Signed up account " + username + ", awaiting verification");
    }

    /** Confirms the address of a signed-up account; the link works once. */
    @PermitAll
    public Account verify(String token) {
        AccountToken used = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        Account account = used.getAccount();
        audit.before(account);
        account.emailConfirmed(used.getEmail(), now());
        account.touch(now());
        audit.recorded(account, false);
        tokens.closeAll(account);
        LOG.info(() -> "Verified the e-mail address of account " + account.getUsername());
        return account;
    }

    /** Mails a new link to an account awaiting verification; answers alike for any address. */
    @PermitAll
    public void resend(String address, String client) {
        String email = Emails.checked("email", address);
        Emails.holders(em, email).stream().filter(Account::isAwaitingVerification)
                .findFirst().ifPresentOrElse(account -> sendVerification(account, client),
                        () -> LOG.info("A verification mail was asked for no pending account"));
    }

    private void sendVerification(Account account, String client) {
        if (limits.take("account.verify", account.getEmail(), client)) {
            String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL, account.getEmail(),
                    lifetime);
            mails.verification(account, token, lifetime);
        }
    }

    private static String check(SignUpData data) {
        List<FieldError> errors = new ArrayList<>();
        try {
            UserNames.checked("username", data.username());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String email = null;
        try {
            email = Emails.checked("email", data.email());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (data.displayName() != null && data.displayName().strip().length() > 200) {
            errors.add(Problems.field("displayName", "text.tooLong", 200));
        }
        if (data.language() != null && !LANGUAGES.contains(data.language())) {
            errors.add(Problems.field("language", "language.unknown", data.language()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return email;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
