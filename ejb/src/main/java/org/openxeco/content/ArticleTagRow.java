package org.openxeco.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.openxeco.taxonomy.TagRow;

/** One link of an article to a taxonomy value, for the public facet counts. */
@Entity
@Table(name = "article_tag")
@IdClass(TagRow.Key.class)
@AttributeOverride(name = "ownerId", column = @Column(name = "article_id"))
public class ArticleTagRow extends TagRow {

    protected ArticleTagRow() {
    }
}
