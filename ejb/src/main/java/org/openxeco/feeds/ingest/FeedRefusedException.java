package org.openxeco.feeds.ingest;

import org.openxeco.kernel.InvalidInputException;

/**
 * A feed could not be subscribed to or read: the failing field is its address ({@code url}),
 * with the kind of problem for the portal's own words and the detail beside it.
 */
public class FeedRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final FeedProblem problem;
    private final String detail;

    public FeedRefusedException(FeedProblem problem, String detail) {
        super("url", describe(problem, detail));
        this.problem = problem;
        this.detail = detail;
    }

    public FeedProblem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }

    private static String describe(FeedProblem problem, String detail) {
        String what = switch (problem) {
            case FORBIDDEN_ADDRESS -> "The feed's address may not be called";
            case UNREACHABLE -> "The feed's server could not be reached";
            case HTTP_STATUS -> "The feed's server refused the request";
            case WRONG_TYPE -> "The address does not serve a feed";
            case TOO_LARGE -> "The feed is too large";
            case NOT_A_FEED -> "The answer is not an RSS or Atom feed";
            case DUPLICATE -> "This feed is subscribed to already";
        };
        if (detail == null || detail.isBlank()) {
            return what;
        }
        // An address's detail says what the address does: "points to ...".
        return what + (problem == FeedProblem.FORBIDDEN_ADDRESS ? ": it " : ": ") + detail;
    }
}
