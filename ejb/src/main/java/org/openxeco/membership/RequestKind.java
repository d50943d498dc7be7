package org.openxeco.membership;

/** What a member asks for: to be attached to an existing entity, or to add a new one. */
public enum RequestKind {
    ATTACH,
    PROPOSE
}
