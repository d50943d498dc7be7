package org.openxeco.account;

/** Where a mailed token stands: usable, used once, or replaced by a newer one. */
public enum TokenState {
    OPEN,
    USED,
    SUPERSEDED
}
