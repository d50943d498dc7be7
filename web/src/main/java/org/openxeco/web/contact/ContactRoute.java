package org.openxeco.web.contact;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the contact form at its readable address {@code /contact}. */
@WebFilter(filterName = "contact-route", dispatcherTypes = DispatcherType.REQUEST,
        urlPatterns = "/contact")
public class ContactRoute extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        request.getRequestDispatcher("/contact.xhtml").forward(request, response);
    }
}
