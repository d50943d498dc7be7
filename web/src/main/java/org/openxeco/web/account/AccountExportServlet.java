package org.openxeco.web.account;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.account.AccountClosure;
import org.openxeco.kernel.Jsonp;

/** Downloads the signed-in person's data as a JSON file (the page sits under /account/). */
@WebServlet("/account/export")
public class AccountExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountClosure closure;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonObject data = closure.export();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"openxeco-my-data.json\"");
        try (OutputStream out = response.getOutputStream();
                JsonWriter writer = Jsonp.createWriterFactory(
                        Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(data);
        }
    }
}
