package org.openxeco.rest.my;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.openxeco.membership.MemberArticle;
import org.openxeco.membership.MemberRequest;
import org.openxeco.membership.ReviewStep;

/** What the members' API answers: requests and articles with their review, no JPA entities. */
public final class MyViews {

    private MyViews() {
    }

    /** A member's request and its decision, if any. */
    public record RequestView(String id, long version, String kind, String entity,
            String entityName, String reason, String status, Instant created, Instant decided,
            String message) {

        public static RequestView of(MemberRequest r) {
            return new RequestView(r.getUuid().toString(), r.getVersion(),
                    r.getKind().name().toLowerCase(Locale.ROOT),
                    r.getOrganisation() == null ? null : r.getOrganisation().getUuid().toString(),
                    r.getEntityName(), r.getReason(),
                    r.getStatus().name().toLowerCase(Locale.ROOT), r.getCreated(),
                    r.getDecision() == null ? null : r.getDecision().getDecided(),
                    r.getDecision() == null ? null : r.getDecision().getMessage());
        }
    }

    /** One review step of an article. */
    public record StepView(Instant at, String actor, String action, String comment) {

        public static StepView of(ReviewStep s) {
            // Members learn who took a step by role, never an administrator's user name.
            return new StepView(s.getAt(), s.isByAuthor() ? "author" : "administrator",
                    s.getAction().name().toLowerCase(Locale.ROOT), s.getComment());
        }
    }

    /** A member's article with where it stands in review. */
    public record ArticleView(String id, long version, String type, String title,
            String entity, String state, List<StepView> steps) {

        public static ArticleView of(MemberArticle a) {
            return new ArticleView(a.getArticle().getUuid().toString(),
                    a.getArticle().getVersion(),
                    a.getArticle().getType().name().toLowerCase(Locale.ROOT),
                    a.getArticle().getTitle(), a.getOrganisation().getUuid().toString(),
                    a.getState().name().toLowerCase(Locale.ROOT),
                    a.getSteps().stream().map(StepView::of).toList());
        }
    }

    /** The body of a new attachment request. */
    public static class RequestInput {
        public String entity;
        public String reason;
    }
}
