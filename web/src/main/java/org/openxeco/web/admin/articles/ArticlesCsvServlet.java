package org.openxeco.web.admin.articles;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.content.ArticleCsv;
import org.openxeco.content.ArticleSort;

/**
 * Streams the articles matching the table's filter (type, status, text) as CSV, in title
 * order, with a byte order mark for spreadsheets. It lies under {@code /admin}, so only
 * administrators reach it.
 */
@WebServlet(name = "articles-csv", urlPatterns = "/admin/articles.csv")
public class ArticlesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArticleCsv csv;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ArticlesPage query = ArticlesPage.of(request::getParameter);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"articles.csv\"");
        csv.write(query.filter(), ArticleSort.TITLE, response.getOutputStream(), true);
    }
}
