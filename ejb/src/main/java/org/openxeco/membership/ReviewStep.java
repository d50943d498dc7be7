package org.openxeco.membership;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.openxeco.kernel.InstantConverter;

/** One step of a member article's review: who did what when, with an optional comment. */
@Embeddable
public class ReviewStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a step did. */
    public enum Action {
        CREATED,
        SUBMITTED,
        CHANGES_REQUESTED,
        PUBLISHED,
        REJECTED
    }

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = Decision.MESSAGE_MAX)
    private String comment;

    protected ReviewStep() {
    }

    ReviewStep(Instant at, String actor, Action action, String comment) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** Whether the article's author took this step; the other steps are administrators'. */
    public boolean isByAuthor() {
        return action == Action.CREATED || action == Action.SUBMITTED;
    }

    public Action getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }
}
