package org.openxeco.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
    }
}
