package org.openxeco.rest.problem;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the errors that the container answers itself, before the API sees the request
 * (a missing or wrong sign-in, a refused role), as problem documents like every other
 * error. The status and headers the container chose are kept.
 */
@WebServlet("/errors/problem")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = switch (status) {
            case 401 -> Problem.of("unauthenticated", "Unauthorized", 401,
                    "Sign in (HTTP Basic) with an account that may do this", (String) uri);
            case 403 -> Problem.of("not-allowed", "Forbidden", 403,
                    "Your account may not do this", (String) uri);
            case 404 -> Problem.of("not-found", "Not Found", 404,
                    "Nothing is published at this address", (String) uri);
            case 405 -> Problem.of("method-not-allowed", "Method Not Allowed", 405,
                    "This address does not take this method", (String) uri);
            default -> Problem.of(status >= 500 ? "server-error" : "http-" + status,
                    "Error", status, "The request could not be handled", (String) uri);
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
