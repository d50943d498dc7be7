package org.openxeco.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or has a value of the wrong type, is a 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refusal) {
                // A refusal raised while the body was read, such as a body over the limit.
                WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
                mapper.uri = uri;
                return mapper.toResponse(refusal);
            }
        }
        return Problems.response(Problem.of("malformed-json", "Malformed JSON", 400,
                "The body is not well-formed JSON of the expected shape", Problems.instance(uri)));
    }
}
