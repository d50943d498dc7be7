package org.openxeco.web.campaign;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.campaign.Unsubscribes;
import org.openxeco.kernel.DomainException;

/**
 * The address of every campaign mail's unsubscribe link. A visit shows the confirmation
 * page; a POST of {@code List-Unsubscribe=One-Click}, which mail programs send for the
 * RFC 8058 header fields, unsubscribes at once.
 */
@WebServlet(name = "unsubscribe", urlPatterns = "/unsubscribe")
public class OneClickUnsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OneClickUnsubscribe.class.getName());

    @Inject
    transient Unsubscribes unsubscribes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = request.getParameter("t");
        String query = token == null ? "" : "?token=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml" + query);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Plain answers, not the portal's error pages: the caller is a mail program.
        response.setContentType("text/plain;charset=UTF-8");
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("Expected List-Unsubscribe=One-Click\n");
            return;
        }
        try {
            unsubscribes.unsubscribe(request.getParameter("t"));
        } catch (DomainException unknown) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write("Unknown unsubscribe link\n");
            return;
        }
        LOG.fine("One-click unsubscription");
        response.getWriter().write("Unsubscribed\n");
    }
}
