package org.openxeco.web.admin.entities;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.directory.OrganisationCsv;
import org.openxeco.directory.OrganisationSort;

/**
 * Streams the entities matching the table's filter as CSV, in name order, with a byte order
 * mark for spreadsheets. It lies under {@code /admin}, so only administrators reach it.
 */
@WebServlet(name = "entities-csv", urlPatterns = "/admin/entities.csv")
public class EntitiesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationCsv csv;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        EntityQuery query = EntityQuery.of(request::getParameter);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"entities.csv\"");
        csv.write(query.filter(), OrganisationSort.NAME, response.getOutputStream(), true);
    }
}
