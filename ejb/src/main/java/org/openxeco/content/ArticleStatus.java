package org.openxeco.content;

/** The workflow of an article. Only public articles are visible outside the node's staff. */
public enum ArticleStatus {
    DRAFT,
    UNDER_REVIEW,
    PUBLIC,
    ARCHIVED
}
