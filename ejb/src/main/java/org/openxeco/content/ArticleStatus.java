package org.openxeco.content;

import java.util.Set;

/**
 * The workflow of an article: draft, under review, public (possibly from a scheduled time)
 * and archived. Only public articles whose time has come are visible outside the staff.
 */
public enum ArticleStatus {
    DRAFT,
    UNDER_REVIEW,
    PUBLIC,
    ARCHIVED;

    /** The statuses the workflow lets an article move to from this one. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(UNDER_REVIEW, PUBLIC);
            case UNDER_REVIEW -> Set.of(DRAFT, PUBLIC);
            case PUBLIC -> Set.of(ARCHIVED, DRAFT);
            case ARCHIVED -> Set.of(DRAFT, PUBLIC);
        };
    }
}
