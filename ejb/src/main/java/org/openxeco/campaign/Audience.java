package org.openxeco.campaign;

/** Whom a campaign goes to. */
public enum Audience {
    /** Every active member who accepts communication. */
    MEMBERS,
    /** Members attached to an active entity tagged with every chosen value or a descendant. */
    TAGGED,
    /** The addresses of an uploaded list. */
    LIST
}
