package org.openxeco.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

/**
 * Answers a plain 404 with the node's not-found page for an address that no page, route or
 * file serves, before the container's file serving fails on it (some containers report that
 * failure as an internal error with a stack trace in their logs).
 */
@WebFilter(filterName = "missing-pages", urlPatterns = "/*")
public class MissingPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? ""
                : request.getPathInfo());
        boolean toFiles = request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT;
        if (toFiles && !path.endsWith("/") && getServletContext().getResource(path) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        chain.doFilter(request, response);
    }
}
