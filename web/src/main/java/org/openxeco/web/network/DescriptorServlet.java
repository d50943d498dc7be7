package org.openxeco.web.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.kernel.NodeUris;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.NodeIdentity;
import org.openxeco.network.trust.SignedMessage;

/**
 * This node's descriptor at its well-known address: name, base URL, public keys and
 * versions, signed with the current key so a caller can check the answer is whole.
 */
@WebServlet(urlPatterns = NodeDescriptor.WELL_KNOWN_PATH)
public class DescriptorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NodeIdentity identity;

    @Inject
    transient NodeUris uris;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = identity.descriptor().toJson().toString()
                .getBytes(StandardCharsets.UTF_8);
        String target = uris.baseUrl() + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> signature = identity.sign(SignedMessage.response("GET", target,
                HttpServletResponse.SC_OK, Map.of(), body));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-cache");
        signature.forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
