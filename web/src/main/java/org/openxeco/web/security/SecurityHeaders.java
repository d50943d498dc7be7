package org.openxeco.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.audit.AuditChannel;
import org.openxeco.kernel.RequestLocale;
import org.openxeco.web.ui.Preferences;

/**
 * Adds the headers every portal page carries and marks changes made while serving the
 * request as coming from the portal. Scripts are further limited by PrimeFaces' own policy
 * (its scripts carry a nonce); a browser applies both policies. PrimeFaces also expects that
 * nonce back with every form post; {@link FormGuard} refuses a post without it before its
 * action runs.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin") || path.startsWith("/account")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/password/") || path.startsWith("/verify")
                || path.startsWith("/confirm-email")) {
            // These pages carry a mailed token in their address: keep it out of caches and
            // out of the Referer header of any link followed from them.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        AuditChannel.enter(AuditChannel.PORTAL);
        RequestLocale.enter(Preferences.localeOf(request));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditChannel.clear();
            RequestLocale.clear();
        }
    }
}
