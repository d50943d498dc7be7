package org.openxeco.rest.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.openxeco.audit.AuditChannel;
import org.openxeco.kernel.NodeUris;
import org.openxeco.network.peers.Caller;
import org.openxeco.network.peers.PeerAuthenticator;
import org.openxeco.network.trust.NodeIdentity;
import org.openxeco.network.trust.SignatureRefusedException;
import org.openxeco.network.trust.SignedMessage;
import org.openxeco.rest.problem.Problem;

/**
 * Verifies the signature of every node-to-node request before its resource runs, and signs
 * every node-to-node response, refusals included, with this node's key.
 */
@Provider
@NodeToNode
@Priority(Priorities.AUTHENTICATION)
public class NodeSignatures implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request property under which the verified {@link Caller} is kept. */
    public static final String CALLER = Caller.class.getName();
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final int MAX_BODY = 1 << 20;

    @Inject
    PeerAuthenticator authenticator;

    @Inject
    NodeIdentity identity;

    @Inject
    NodeUris uris;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        byte[] body = readAtMost(request.getEntityStream(), MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            abort(request, Problem.of("body-too-large", "Body too large", 413, "The body is"
                    + " larger than " + MAX_BODY + " bytes", path(request)));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        SignedMessage message = SignedMessage.request(request.getMethod(), target(request),
                flatten(request.getHeaders()), body);
        try {
            Caller caller = authenticator.verify(message, handshakeCall());
            request.setProperty(CALLER, caller);
            AuditChannel.enter(AuditChannel.NODE);
        } catch (SignatureRefusedException e) {
            abort(request, Problem.of(e.kind(), "Signature refused", e.refusal().status(),
                    e.getMessage(), path(request)));
        }
    }

    /** Ends the request with a signed problem answer. */
    private void abort(ContainerRequestContext request, Problem problem) {
        byte[] json = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder refusal = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE).entity(json);
        sign(request, problem.status(), json).forEach(refusal::header);
        request.abortWith(refusal.build());
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey("Signature")) {
            return;
        }
        Object entity = response.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else {
            body = JSONB.toJson(entity).getBytes(StandardCharsets.UTF_8);
        }
        if (entity != null) {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        sign(request, response.getStatus(), body)
                .forEach((name, value) -> response.getHeaders().putSingle(name, value));
    }

    private Map<String, String> sign(ContainerRequestContext request, int status,
            byte[] body) {
        return identity.sign(SignedMessage.response(request.getMethod(), target(request),
                status, Map.of(), body));
    }

    private boolean handshakeCall() {
        NodeToNode marker = resource.getResourceMethod().getAnnotation(NodeToNode.class);
        if (marker == null) {
            marker = resource.getResourceClass().getAnnotation(NodeToNode.class);
        }
        return marker != null && marker.handshake();
    }

    /** The target URI as the signer saw it: this node's public base URL, path and query. */
    private String target(ContainerRequestContext request) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        return uris.baseUrl() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Map<String, String> flatten(MultivaluedMap<String, String> headers) {
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> flat.put(name, String.join(", ", values)));
        return flat;
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        try (in) {
            return in.readNBytes(max);
        }
    }
}
