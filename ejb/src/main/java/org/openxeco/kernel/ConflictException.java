package org.openxeco.kernel;

/** The change contradicts the current state: a duplicate, an object still in use, a cycle. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String kind;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }
}
