package org.openxeco.account;

/**
 * Where a mailed token stands: usable, used once, replaced by a newer one of its kind, or
 * withdrawn because the account's password or address changed after it was sent.
 */
public enum TokenState {
    OPEN,
    USED,
    SUPERSEDED,
    WITHDRAWN
}
