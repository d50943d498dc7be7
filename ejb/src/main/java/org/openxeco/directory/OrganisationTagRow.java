package org.openxeco.directory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of the table that links an entity to its taxonomy values, read (never written) by
 * the public facet counts, which count per value without joining the entities themselves.
 */
@Entity
@Table(name = "organisation_tag")
@IdClass(OrganisationTagRow.Key.class)
public class OrganisationTagRow {

    @Id
    @Column(name = "organisation_id")
    private Long ownerId;

    @Id
    @Column(name = "value_id")
    private Long valueId;

    protected OrganisationTagRow() {
    }

    /** The key of a row: the entity and the value. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long ownerId;
        private Long valueId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(ownerId, k.ownerId)
                    && Objects.equals(valueId, k.valueId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, valueId);
        }
    }
}
