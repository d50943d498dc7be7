package org.openxeco.network.peers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import org.openxeco.network.trust.SignedMessage;

/**
 * One call to a peer as seen on the wire: signs the request as it leaves and keeps the
 * answer's status, fields and body (read up to a limit) for verification.
 */
final class Exchange implements ClientRequestFilter, ClientResponseFilter {

    private final Function<SignedMessage, Map<String, String>> signer;
    private final long maxBytes;
    private final java.time.Instant deadline;

    String method;
    String target;
    int status;
    final Map<String, String> headers = new TreeMap<>();
    byte[] body = new byte[0];

    Exchange(Function<SignedMessage, Map<String, String>> signer, long maxBytes,
            java.time.Duration callTimeout) {
        this.signer = signer;
        this.maxBytes = maxBytes;
        this.deadline = java.time.Instant.now().plus(callTimeout);
    }

    @Override
    public void filter(ClientRequestContext request) {
        method = request.getMethod();
        target = request.getUri().toString();
        byte[] entity = request.getEntity() instanceof byte[] bytes ? bytes : new byte[0];
        signer.apply(SignedMessage.request(method, target, Map.of(), entity))
                .forEach((name, value) -> request.getHeaders().putSingle(name, value));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response)
            throws IOException {
        status = response.getStatus();
        response.getHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values));
            }
        });
        if (response.getLength() > maxBytes) {
            throw new IOException("The answer is larger than " + maxBytes + " bytes");
        }
        if (response.hasEntity()) {
            body = readAtMost(response.getEntityStream());
        }
        response.setEntityStream(new ByteArrayInputStream(body));
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new IOException("The answer took longer than the call time limit");
            }
            total += read;
            if (total > maxBytes) {
                throw new IOException("The answer is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
