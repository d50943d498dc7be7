package org.openxeco.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Base of the business exceptions. Thrown as is through every channel and rolls the
 * transaction back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    /** A stable, short name of the kind of problem, used in problem types and messages. */
    public abstract String kind();
}
