package org.openxeco.account;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.openxeco.kernel.Problems;

/** Checks e-mail addresses typed by visitors and finds the accounts that use one. */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s@<>()\\[\\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    /** Built on first use; checks addresses by the same rules as the stored fields. */
    private static volatile Validator validator;

    private Emails() {
    }

    /** The address trimmed, or a refusal naming the field when it is not an address. */
    public static String checked(String field, String address) {
        String trimmed = address == null ? "" : address.strip();
        // The stored field's @Email decides too, so an address refused there is a field
        // error here and never a failure when the account is saved.
        if (trimmed.length() > 254 || !ADDRESS.matcher(trimmed).matches()
                || !validator().validateValue(Account.class, "email", trimmed).isEmpty()) {
            throw Problems.invalid(field, "email.invalid");
        }
        return trimmed;
    }

    /**
     * The address as compared with others: trimmed, NFKC, lower-case as a whole. Mail
     * servers may tell local parts apart by case, but people do not, and one person's
     * address written twice must not make two accounts.
     */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return Normalizer.normalize(address.strip(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }

    private static Validator validator() {
        if (validator == null) {
            validator = Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    /** The accounts that confirmed this address as their own, ignoring case. */
    static List<Account> confirmedHolders(EntityManager em, String address) {
        return em.createQuery("select a from Account a where a.emailKey = :address"
                + " and a.awaitingVerification = false order by a.id", Account.class)
                .setParameter("address", key(address)).setMaxResults(5).getResultList();
    }

    /** The accounts whose current address is this one, ignoring case. */
    static List<Account> holders(EntityManager em, String address) {
        return em.createQuery("select a from Account a where a.emailKey = :address"
                + " order by a.id", Account.class)
                .setParameter("address", key(address)).setMaxResults(5).getResultList();
    }
}
