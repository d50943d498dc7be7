package org.openxeco.kernel;

/** The object asked for does not exist here, or the caller may not see it. */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    @Override
    public String kind() {
        return "not-found";
    }
}
