package org.openxeco.rest.platform;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;

/**
 * Says {@code Vary: Accept} on the reads that answer JSON or schema.org JSON-LD as the client
 * asks (lists and single entities and articles, taxonomy values), so that no shared cache
 * hands one client the other's format.
 */
@Provider
public class NegotiatedVary implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(
                request.getMethod())) {
            return;
        }
        if (negotiated(request.getUriInfo().getPathSegments())) {
            String vary = response.getHeaderString(HttpHeaders.VARY);
            if (vary == null || vary.isBlank()) {
                response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            } else if (!vary.toLowerCase(java.util.Locale.ROOT).contains("accept")) {
                response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", "
                        + HttpHeaders.ACCEPT);
            }
        }
    }

    /** entities, articles, entities/{id}, articles/{id}, taxonomies/{s}/values/{v}. */
    static boolean negotiated(List<PathSegment> segments) {
        if (segments.isEmpty()) {
            return false;
        }
        String first = segments.get(0).getPath();
        if (first.equals("entities") || first.equals("articles")) {
            return segments.size() <= 2;
        }
        return first.equals("taxonomies") && segments.size() == 4
                && segments.get(2).getPath().equals("values");
    }
}
