package org.openxeco.content;

/**
 * The one rule of when an event counts as upcoming or past, as query conditions: an event
 * is upcoming (including while it runs) until the instant it is over, then past.
 */
final class EventTimes {

    private EventTimes() {
    }

    /** Events of {@code alias} not over at the instant bound to {@code parameter}. */
    static String notOverAt(String alias, String parameter) {
        return alias + ".event.until > :" + parameter;
    }

    /** Events of {@code alias} over at the instant bound to {@code parameter}. */
    static String overAt(String alias, String parameter) {
        return alias + ".event.until <= :" + parameter;
    }
}
