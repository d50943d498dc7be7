package org.openxeco.web.admin.users;

import java.io.Serializable;

/** An entity a member may be assigned to: its UUID and name. */
public record EntityChoice(String uuid, String name) implements Serializable {
}
