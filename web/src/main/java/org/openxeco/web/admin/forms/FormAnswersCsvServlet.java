package org.openxeco.web.admin.forms;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.form.FormCsv;
import org.openxeco.kernel.NotFoundException;

/**
 * Streams the sent answers of one form ({@code id}) as CSV with a byte order mark for
 * spreadsheets. It lies under {@code /admin}, so only administrators reach it, and the
 * service checks the role again.
 */
@WebServlet(name = "form-answers-csv", urlPatterns = "/admin/forms/answers.csv")
public class FormAnswersCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FormCsv csv;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UUID form;
        try {
            form = UUID.fromString(String.valueOf(request.getParameter("id")).strip());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"form-" + form + "-answers.csv\"");
        try {
            csv.write(form, response.getOutputStream(), true);
        } catch (NotFoundException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
