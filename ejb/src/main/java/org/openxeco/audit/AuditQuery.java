package org.openxeco.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit entries to show: of one object, by one actor, of one object type, within a
 * time range (from inclusive, to exclusive). Every part is optional.
 */
public record AuditQuery(UUID objectUuid, String actor, String objectType, Instant from,
        Instant to) {

    /** Everything, newest first. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
