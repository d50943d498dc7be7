package org.openxeco.web.ui;

import java.io.Serializable;

import org.openxeco.directory.Organisation;

/** An entity picked in a form (related entities, hiring entity, assigned members): UUID and name. */
public record EntityChoice(String uuid, String name) implements Serializable {

    public static EntityChoice of(Organisation organisation) {
        return organisation == null ? null
                : new EntityChoice(organisation.getUuid().toString(), organisation.getName());
    }

    @Override
    public String toString() {
        return name;
    }
}
