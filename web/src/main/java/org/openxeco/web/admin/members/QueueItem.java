package org.openxeco.web.admin.members;

import java.io.Serializable;
import java.util.UUID;

/**
 * One row of the members' queue as it was shown: the item's id, the version the
 * administrator saw and its name for messages. Decisions use these, never a row position.
 */
public record QueueItem(String uuid, long version, String name) implements Serializable {

    /** The item's id. */
    public UUID id() {
        return UUID.fromString(uuid);
    }
}
