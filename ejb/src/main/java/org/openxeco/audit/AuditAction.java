package org.openxeco.audit;

/** What happened to an object. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
