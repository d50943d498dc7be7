package org.openxeco.account;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Problems;

/**
 * Writes an account so that the database's unique indexes on the user name key and the
 * address key have the last word: when another request took the same name or address
 * between the check and the write, the caller gets the same refusal as after the check.
 */
final class UniqueKeys {

    /** The index on the user name key that migration V13 creates. */
    static final String USERNAME_INDEX = "account_username_key_unique";

    /** The index on the address key that migration V13 creates. */
    static final String EMAIL_INDEX = "account_email_key_unique";

    private UniqueKeys() {
    }

    /** Persists a new account or flushes a changed one, refusing a taken name or address. */
    static void store(EntityManager em, Account account, String usernameTaken) {
        try {
            if (!em.contains(account)) {
                em.persist(account);
            }
            em.flush();
        } catch (PersistenceException e) {
            String text = String.valueOf(causes(e)).toLowerCase(Locale.ROOT);
            if (text.contains(EMAIL_INDEX)) {
                throw new ConflictException("email-taken", Problems.text("email.taken"));
            }
            if (text.contains(USERNAME_INDEX)) {
                throw new ConflictException(usernameTaken,
                        Problems.text("account.nameTaken", account.getUsername()));
            }
            throw e;
        }
    }

    private static StringBuilder causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 10_000; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text;
    }
}
