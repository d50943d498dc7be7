package org.openxeco.rest.platform;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;

/**
 * Refuses requests no resource should have to reason about: a query string that does not
 * decode or holds control characters, more than a few repeated filters, and writes sent by
 * a web page of another origin (a browser replaying stored credentials).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter {

    static final int MAX_TAG_FILTERS = 10;
    static final int MAX_PARAMETER_LENGTH = 2000;
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS);

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        // Read raw from the servlet request: the framework's URI would fail on a bad escape.
        checkQuery(servletRequest.getQueryString());
        List<String> tags = request.getUriInfo().getQueryParameters().get("tag");
        if (tags != null && tags.size() > MAX_TAG_FILTERS) {
            throw new InvalidInputException("tag", "At most " + MAX_TAG_FILTERS
                    + " tag filters may be combined");
        }
        if (!SAFE.contains(request.getMethod())) {
            checkOrigin(request);
        }
    }

    private static void checkQuery(String raw) {
        if (raw == null) {
            return;
        }
        for (String pair : raw.split("&")) {
            String decoded;
            try {
                decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new FieldError("query",
                        "The query string has a malformed %-escape")));
            }
            if (decoded.length() > MAX_PARAMETER_LENGTH) {
                throw new InvalidInputException("query", "A query parameter is longer than "
                        + MAX_PARAMETER_LENGTH + " characters");
            }
            if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0xfffd)) {
                throw new InvalidInputException("query",
                        "The query string holds control characters or invalid UTF-8");
            }
        }
    }

    /** A browser names the page that sent a request; another site's page may not write. */
    private void checkOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        StringBuffer url = servletRequest.getRequestURL();
        URI target = URI.create(url.toString());
        String own = target.getScheme() + "://" + target.getRawAuthority();
        if (!origin.equalsIgnoreCase(own)) {
            throw new NotAllowedException("Writes from pages of another origin (" + origin
                    + ") are refused");
        }
    }
}
