package org.openxeco.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of the person a request serves, set by the portal for the thread that calls
 * the services, so that validation messages come in that language. The API leaves it unset
 * and gets the node's default (English).
 */
public final class RequestLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {
    }

    public static void enter(Locale locale) {
        CURRENT.set(locale);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static Optional<Locale> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
