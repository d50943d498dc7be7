package org.openxeco.taxonomy;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One row of a table that links tagged objects to their taxonomy values, read (never written)
 * by the public facet counts ({@link TagFacets}), which count per value without joining the
 * tagged objects themselves. Each kind of object maps its own table and owner column.
 */
@MappedSuperclass
public abstract class TagRow {

    @Id
    @Column(name = "owner_id")
    private Long ownerId;

    @Id
    @Column(name = "value_id")
    private Long valueId;

    protected TagRow() {
    }

    /** The key of a row: the tagged object and the value. */
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
