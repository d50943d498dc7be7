package org.openxeco.web.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.content.ArticleType;

/**
 * Maps the public site's readable addresses onto its Faces views: {@code /directory},
 * {@code /directory/{uuid}}, {@code /news} and {@code /news/{slug}} (likewise events, jobs,
 * services and tools). A plain visit of a view's own address is sent to the readable one.
 */
@WebFilter(filterName = "site-routes", dispatcherTypes = DispatcherType.REQUEST,
        urlPatterns = {"/directory", "/directory/*", "/news", "/news/*", "/events",
            "/events/*", "/jobs", "/jobs/*", "/services", "/services/*", "/tools", "/tools/*",
            "/site/*"})
public class SiteRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute naming the site section shown, for the navigation. */
    public static final String SECTION = "openxeco.site.section";

    private static final Pattern ROUTE = Pattern.compile("/([a-z]+)(?:/([^/]+))?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/site/")) {
            canonical(request, response, chain);
            return;
        }
        Matcher m = ROUTE.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String section = m.group(1);
        String rest = m.group(2);
        request.setAttribute(SECTION, section);
        String view;
        if ("directory".equals(section)) {
            view = rest == null ? "/site/directory.xhtml" : "/site/entity.xhtml?id=" + enc(rest);
        } else {
            ArticleType type = SiteLinks.typeOf(section).orElseThrow();
            view = rest == null ? "/site/articles.xhtml?type=" + type.name()
                    : "/site/article.xhtml?type=" + type.name() + "&slug=" + enc(rest);
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** Sends a visit of a view's own address to its readable address; lets form posts in. */
    private static void canonical(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ArticleType> type = Optional.ofNullable(request.getParameter("type"))
                .flatMap(SiteLinks::parseType);
        String target = switch (path) {
            case "/site/directory.xhtml" -> "/directory";
            case "/site/entity.xhtml" -> "/directory/" + enc(param(request, "id"));
            case "/site/articles.xhtml" -> type.map(SiteLinks::pathOf).orElse(null);
            case "/site/article.xhtml" -> type.map(t -> SiteLinks.pathOf(t) + "/"
                    + enc(param(request, "slug"))).orElse(null);
            default -> null;
        };
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = SiteLinks.query(request, "id", "slug", "type");
        response.sendRedirect(request.getContextPath() + target + query);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
