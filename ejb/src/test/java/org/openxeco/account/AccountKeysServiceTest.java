package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.testing.Wiring.set;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxeco.account.TokenRefusedException.Reason;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Roles;
import org.openxeco.testing.Services;

/**
 * User names and addresses are unique as people read them, at sign-up, when an
 * administrator creates or edits an account, and in the database itself; sign-in finds an
 * account by its name in any case. On H2, and on PostgreSQL in the second run.
 */
class AccountKeysServiceTest {

    private static final String PASSWORD = "Long-enough-pass-42";

    private final Services services = new Services();
    private final EntityManager em = services.entityManager();
    private final List<String> links = new ArrayList<>();
    private final SignUp signUp = new SignUp();
    private final AccountManagement management = new AccountManagement();
    private final AccountService accounts = new AccountService();
    /** Digits only, so that a name in another script stays in one script with it. */
    private final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000,
            1_000_000));

    AccountKeysServiceTest() {
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "plain:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String stored) {
                return stored.equals("plain:" + new String(password));
            }
        };
        AccountMails mails = new AccountMails() {
            @Override
            void verification(Account account, String token, Duration lifetime) {
                links.add(token);
            }

            @Override
            void addressInUse(Account owner, String address) {
                links.add("in-use:" + owner.getUsername());
            }
        };
        TokenStore tokens = new TokenStore();
        MailLimits limits = new MailLimits();
        UnverifiedAccounts unverified = new UnverifiedAccounts();
        set(tokens, "em", em);
        set(limits, "em", em);
        set(limits, "window", Duration.ofHours(1));
        set(limits, "perAddress", 100);
        set(limits, "perClient", 100);
        set(limits, "perNode", 100);
        set(unverified, "em", em);
        set(unverified, "tokens", tokens);
        set(unverified, "audit", services.audit);
        for (Object service : new Object[] {signUp, management, accounts}) {
            set(service, "em", em);
            set(service, "audit", services.audit);
            set(service, "tokens", tokens);
        }
        set(signUp, "passwords", hasher);
        set(signUp, "mails", mails);
        set(signUp, "limits", limits);
        set(signUp, "unverified", unverified);
        set(signUp, "lifetime", Duration.ofDays(2));
        set(management, "passwords", hasher);
        set(management, "accounts", accounts);
        set(management, "recent", new CredentialCache());
        set(management, "validator", jakarta.validation.Validation
                .buildDefaultValidatorFactory().getValidator());
        set(management, "unverified", unverified);
        set(accounts, "passwordHash", hasher);
        set(accounts, "recent", new CredentialCache());
        set(accounts, "outcome", new SignInOutcome());
        set(accounts, "maxFailures", 5);
        set(accounts, "lockMinutes", 15L);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNameDifferingOnlyInCaseOrWidthIsTakenAtSignUp() {
        signUp("Admin-" + tag, "first-" + tag + "@example.org");

        for (String lookAlike : new String[] {"admin-" + tag, "ADMIN-" + tag,
                "\uFF21dmin-" + tag}) {
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> signUp(lookAlike, "other-" + tag + "@example.org"), lookAlike);
            assertEquals("username-taken", refused.kind());
        }
        assertEquals(1, count("select count(*) from account where email like 'other-%'")
                + count("select count(*) from account where email like 'first-%'"));
    }

    @Test
    void aNameMixingScriptsIsRefusedAsAFieldError() {
        // Cyrillic "а" inside Latin letters, and a symbol outside the allowed set.
        for (String name : new String[] {"p\u0430ypal-" + tag, "pay\u2022pal" + tag}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> signUp(name, "mixed-" + tag + "@example.org"), name);
            assertEquals("username", refused.errors().get(0).field());
            assertThrows(InvalidInputException.class, () -> create(name, "m-" + tag
                    + "@example.org"), name);
        }
    }

    @Test
    void aNameWhollyInLookAlikeLettersIsTakenByTheNameItImitates() {
        create("paypal" + tag, "p-" + tag + "@example.org");

        // Every letter Cyrillic: one script, but it reads as the Latin name.
        ConflictException refused = assertThrows(ConflictException.class,
                () -> create("\u0440\u0430\u0443\u0440\u0430l".replace("l", "\u04cf") + tag,
                        "q-" + tag + "@example.org"));
        assertEquals("duplicate-username", refused.kind());
    }

    @Test
    void anAdministratorCannotCreateANameDifferingOnlyInCase() {
        create("Editor-" + tag, "e1-" + tag + "@example.org");

        ConflictException refused = assertThrows(ConflictException.class,
                () -> create("eDITOR-" + tag, "e2-" + tag + "@example.org"));
        assertEquals("duplicate-username", refused.kind());
    }

    @Test
    void signInFindsTheAccountByItsNameInAnyCaseAndNamesItAsStored() {
        create("Grace-" + tag, "grace-" + tag + "@example.org");

        SignedIn caller = services.asAdmin(() -> accounts.authenticate("gRACE-" + tag,
                PASSWORD.toCharArray())).orElseThrow();

        assertEquals("Grace-" + tag, caller.username());
        assertEquals(Set.of(Roles.MEMBER), caller.roles());
    }

    @Test
    void anAddressIsTakenWhateverItsCaseWhenAnAdministratorSetsIt() {
        create("ada-" + tag, "ada-" + tag + "@example.org");
        Account other = create("bob-" + tag, "bob-" + tag + "@example.org");

        InvalidInputException created = assertThrows(InvalidInputException.class,
                () -> create("eve-" + tag, " ADA-" + tag + "@Example.ORG "));
        InvalidInputException updated = assertThrows(InvalidInputException.class,
                () -> services.asAdmin(() -> management.update(other.getUuid(),
                        other.getVersion(), new AccountData(null, null,
                                "Ada-" + tag + "@example.org", Set.of(Roles.MEMBER), true,
                                List.of()))));

        assertEquals("email", created.errors().get(0).field());
        assertEquals("email", updated.errors().get(0).field());
    }

    @Test
    void aSignUpOnAConfirmedAddressInAnotherCaseTellsItsOwnerAndMakesNoAccount() {
        create("owner-" + tag, "owner-" + tag + "@example.org");

        signUp("newcomer-" + tag, "OWNER-" + tag + "@EXAMPLE.org");

        assertEquals(List.of("in-use:owner-" + tag), links);
        assertEquals(0, count("select count(*) from account where username = 'newcomer-"
                + tag + "'"));
    }

    @Test
    void theDatabaseRefusesASecondAccountWithTheSameKeys() {
        create("Kept-" + tag, "kept-" + tag + "@example.org");

        assertThrows(PersistenceException.class, () -> services.asAdmin(() -> {
            Account copy = new Account("kept-" + tag, "x", Set.of(Roles.MEMBER),
                    java.time.Instant.now());
            em.persist(copy);
            em.flush();
            return null;
        }));
        assertThrows(PersistenceException.class, () -> services.asAdmin(() -> {
            Account copy = new Account("other-" + tag, "x", Set.of(Roles.MEMBER),
                    java.time.Instant.now());
            copy.setEmail("KEPT-" + tag + "@example.org");
            em.persist(copy);
            em.flush();
            return null;
        }));
    }

    @Test
    void theLinkOfASignUpReplacedByANewerOneSaysSo() {
        String email = "claimed-" + tag + "@example.org";
        signUp("first-" + tag, email);
        signUp("second-" + tag, "Claimed-" + tag + "@example.org");

        TokenStore tokens = new TokenStore();
        set(tokens, "em", em);
        TokenRefusedException refused = assertThrows(TokenRefusedException.class,
                () -> services.asAdmin(() -> tokens.check(links.get(0),
                        TokenPurpose.VERIFY_EMAIL)));
        assertEquals(Reason.REPLACED, refused.reason());
        assertEquals("token-replaced", refused.kind());
        assertEquals("second-" + tag, services.asAdmin(() -> tokens.check(links.get(1),
                TokenPurpose.VERIFY_EMAIL).getAccount().getUsername()));
        assertTrue(services.asAdmin(() -> AccountService.byUsername(em, "first-" + tag))
                .isEmpty());
    }

    private void signUp(String username, String email) {
        services.asAdmin(() -> {
            signUp.register(new SignUpData(username, email, null, "en"),
                    PASSWORD.toCharArray(), "192.0.2.1");
            return null;
        });
    }

    private Account create(String username, String email) {
        return services.asAdmin(() -> management.create(new AccountData(username, null, email,
                Set.of(Roles.MEMBER), true, List.of()), PASSWORD.toCharArray()));
    }

    private long count(String sql) {
        return services.asAdmin(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private static boolean hasField(Class<?> type, String name) {
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
