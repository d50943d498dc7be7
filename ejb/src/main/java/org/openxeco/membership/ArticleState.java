package org.openxeco.membership;

/**
 * Where a member's article stands in review. A draft and an article sent back for changes
 * are editable by their author; one under review, published or rejected is not.
 */
public enum ArticleState {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED;

    /** Whether the author may change the article in this state. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
