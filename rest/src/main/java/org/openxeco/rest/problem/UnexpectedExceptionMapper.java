package org.openxeco.rest.problem;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openxeco.kernel.DomainException;

/**
 * Anything else is a 500 with a generic text; the exception is logged here, once. Causes
 * wrapped by the container (an EJB exception around a refusal) are unwrapped first.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    /** SQLSTATE class of integrity constraint violations (SQL standard, H2 and PostgreSQL). */
    private static final String INTEGRITY_CONSTRAINT = "23";
    /** SQLSTATE class of data exceptions: values the column cannot hold. */
    private static final String DATA_EXCEPTION = "22";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                DomainExceptionMapper mapper = new DomainExceptionMapper();
                mapper.uri = uri;
                return mapper.toResponse(domain);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.response(Problem.of("stale-version", "Version conflict", 409,
                        "The object was changed meanwhile; read it again and retry",
                        Problems.instance(uri)));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT)) {
                // A rule the database enforces caught what the services did not check first.
                LOG.log(Level.WARNING, "Constraint violation on " + Problems.instance(uri), e);
                return Problems.response(Problem.of("constraint-violation", "Conflict", 409,
                        "The change conflicts with other data (a reference or a unique value)",
                        Problems.instance(uri)));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
                // A value the database cannot hold (a NUL character, a date out of range).
                LOG.fine(() -> "Value refused by the database on " + Problems.instance(uri));
                return Problems.response(Problem.of("invalid-value", "Invalid input", 400,
                        "A value cannot be stored: check for control characters and dates"
                                + " outside the years 1000 to 9999", Problems.instance(uri)));
            }
            if (cause instanceof JsonbException json) {
                JsonbExceptionMapper mapper = new JsonbExceptionMapper();
                mapper.uri = uri;
                return mapper.toResponse(json);
            }
            if (cause instanceof WebApplicationException web && !(e instanceof EJBException)) {
                WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
                mapper.uri = uri;
                return mapper.toResponse(web);
            }
        }
        String instance = Problems.instance(uri);
        LOG.log(Level.WARNING, "Unexpected failure on " + instance, e);
        return Problems.response(Problem.of("server-error", "Internal Server Error", 500,
                "The server could not handle the request; the failure has been logged",
                instance));
    }
}
