package org.openxeco.kernel;

/**
 * An administrator tried to decide on work they sent themselves as a member: their own
 * request, entity change or article. Another administrator has to decide it.
 */
public class SelfReviewException extends NotAllowedException {

    private static final long serialVersionUID = 1L;

    public SelfReviewException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "self-review";
    }
}
