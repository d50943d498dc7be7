package org.openxeco.membership;

/** Where a member's request or proposed change stands. */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
