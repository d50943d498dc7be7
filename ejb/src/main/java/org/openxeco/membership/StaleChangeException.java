package org.openxeco.membership;

import org.openxeco.kernel.StaleVersionException;

/**
 * Refuses to replace a member's waiting change of an entity that is not the one the member saw
 * (saved meanwhile from another tab, or sent when none was shown), so that no typed change is
 * overwritten unseen.
 */
public class StaleChangeException extends StaleVersionException {

    private static final long serialVersionUID = 1L;

    StaleChangeException(long given, long current) {
        super("The waiting change", given, current);
    }

    @Override
    public String kind() {
        return "stale-change";
    }
}
