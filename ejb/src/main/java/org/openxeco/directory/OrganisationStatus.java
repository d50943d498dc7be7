package org.openxeco.directory;

/** Whether an entity is shown to the public (active) or kept only for the node's staff. */
public enum OrganisationStatus {
    ACTIVE,
    INACTIVE
}
