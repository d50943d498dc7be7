package org.openxeco.rest.problem;

import jakarta.json.bind.JsonbException;
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
        return Problems.response(Problem.of("malformed-json", "Malformed JSON", 400,
                "The body is not well-formed JSON of the expected shape", Problems.instance(uri)));
    }
}
