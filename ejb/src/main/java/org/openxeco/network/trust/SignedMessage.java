package org.openxeco.network.trust;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP message as far as its signature is concerned: the request's method and target
 * URI, the response's status (0 for a request), the header fields by lower-case name, and
 * the body bytes.
 */
public record SignedMessage(String method, String targetUri, int status,
        Map<String, String> headers, byte[] body) {

    public SignedMessage {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    public static SignedMessage request(String method, String targetUri,
            Map<String, String> headers, byte[] body) {
        return new SignedMessage(method.toUpperCase(Locale.ROOT), targetUri, 0, headers, body);
    }

    /** A response to the given request method and target. */
    public static SignedMessage response(String method, String targetUri, int status,
            Map<String, String> headers, byte[] body) {
        return new SignedMessage(method.toUpperCase(Locale.ROOT), targetUri, status, headers,
                body);
    }

    public boolean isResponse() {
        return status > 0;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
