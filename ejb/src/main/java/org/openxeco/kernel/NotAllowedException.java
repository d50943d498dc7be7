package org.openxeco.kernel;

/** The caller is known but may not do this. */
public class NotAllowedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "not-allowed";
    }
}
