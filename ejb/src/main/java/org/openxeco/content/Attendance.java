package org.openxeco.content;

/** How people take part in an event. */
public enum Attendance {
    ON_SITE,
    ONLINE,
    HYBRID
}
