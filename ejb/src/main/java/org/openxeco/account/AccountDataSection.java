package org.openxeco.account;

import jakarta.json.JsonValue;

/**
 * A part of a member's data kept by another feature, for "export my data" and "delete my
 * account". A CDI bean implementing it is found by itself: its section appears in the
 * export under its name, and it removes or anonymises its rows before the account goes.
 */
public interface AccountDataSection {

    /** The key of this section in the exported JSON object. */
    String name();

    /** This feature's data of the account, without secrets. */
    JsonValue export(Account account);

    /**
     * Removes or detaches this feature's rows that refer to the account, in the transaction
     * that deletes it.
     */
    void forget(Account account);
}
