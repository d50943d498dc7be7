package org.openxeco.account;

import java.util.Locale;

import org.openxeco.kernel.Problems;

/**
 * What a password must be: long enough to resist guessing, not made of the user name, and
 * not a run of one or two characters. Length beats composition rules, so none are imposed.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 5;

    private PasswordRules() {
    }

    /** Refuses a password that breaks a rule, naming the field {@code password}. */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw Problems.invalid("password", "password.short", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw Problems.invalid("password", "password.long", MAX_LENGTH);
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3
                && text.contains(username.toLowerCase(Locale.ROOT))) {
            throw Problems.invalid("password", "password.username");
        }
        if (text.chars().distinct().count() < MIN_DISTINCT) {
            throw Problems.invalid("password", "password.distinct", MIN_DISTINCT);
        }
    }
}
