package org.openxeco.account;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.RequestLocale;

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

    /** A rule's text in the language of the request (English for the API). */
    private static String text(String rule, int number) {
        Locale locale = RequestLocale.current().orElse(Locale.ENGLISH);
        String pattern = ResourceBundle.getBundle("ValidationMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("openxeco.password." + rule);
        return MessageFormat.format(pattern.replace("'", "''"), number);
    }

    /** Refuses a password that breaks a rule, naming the field {@code password}. */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException("password", text("short", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidInputException("password", text("long", MAX_LENGTH));
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3
                && text.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", text("username", 0));
        }
        if (text.chars().distinct().count() < MIN_DISTINCT) {
            throw new InvalidInputException("password", text("distinct", MIN_DISTINCT));
        }
    }
}
