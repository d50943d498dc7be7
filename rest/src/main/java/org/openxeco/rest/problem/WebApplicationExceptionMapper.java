package org.openxeco.rest.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the framework's own refusals (unknown path, wrong method, unsupported media type,
 * unreadable body) the same problem format, keeping their status and headers.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String kind = switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "not-allowed";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "http-" + status;
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 400 ? "The request could not be read: check that the body"
                + " is well-formed JSON with values of the documented types"
                : status >= 500 ? "The server could not handle the request" : title;
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, title, status, detail, Problems.instance(uri)));
        if (e instanceof NotAllowedException) {
            response.allow(original.getAllowedMethods());
        }
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }
}
