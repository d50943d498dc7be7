package org.openxeco.rest.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.audit.AuditChannel;

/** Marks changes made while serving an API request as coming from the API in the audit log. */
@WebFilter(filterName = "api-channel", urlPatterns = "/*")
public class ApiChannel extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        AuditChannel.enter(AuditChannel.API);
        try {
            chain.doFilter(request, response);
        } finally {
            AuditChannel.clear();
        }
    }
}
