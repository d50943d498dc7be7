package org.openxeco.audit;

import java.util.Map;
import java.util.UUID;

/** An object whose changes the audit trail records field by field. */
public interface Audited {

    /** The type shown in the audit log, e.g. {@code ENTITY} or {@code ACCOUNT}. */
    String auditType();

    UUID getUuid();

    /** A short human name of the object (its name, title or code). */
    String auditLabel();

    /**
     * The object's state as field name to display value, in a stable order. Collections are
     * flattened to one sorted, readable string so that a diff shows what changed.
     */
    Map<String, String> auditFields();
}
