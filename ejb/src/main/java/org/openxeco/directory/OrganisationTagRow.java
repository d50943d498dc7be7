package org.openxeco.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.openxeco.taxonomy.TagRow;

/** One link of an entity to a taxonomy value, for the public facet counts. */
@Entity
@Table(name = "organisation_tag")
@IdClass(TagRow.Key.class)
@AttributeOverride(name = "ownerId", column = @Column(name = "organisation_id"))
public class OrganisationTagRow extends TagRow {

    protected OrganisationTagRow() {
    }
}
