package org.openxeco.directory;

/** What sort of organisation an entity is. */
public enum OrganisationKind {
    COMPANY,
    PUBLIC_BODY,
    NGO,
    ACADEMIC,
    OTHER
}
