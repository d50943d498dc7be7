package org.openxeco.taxonomy.skos;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.network.peers.OutboundGuard;

/**
 * Fetches a SKOS file from a URL an administrator gave, as the node calls peers: each
 * address (and each redirect, at most a few) passes the outbound guard, within time limits
 * and a size cap. The format is taken from the answer's media type, else from the path.
 */
@ApplicationScoped
public class SkosFetch {

    private static final int MAX_REDIRECTS = 3;
    private static final String FIELD = "url";

    @Inject
    OutboundGuard guard;

    @Inject
    @ConfigProperty(name = "openxeco.network.read-timeout", defaultValue = "PT20S")
    Duration timeout = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A fetched file: its bytes, its format and a name for messages. */
    public record Fetched(byte[] bytes, SkosFormat format, String name) {
    }

    /** The file at the URL, or an input error naming {@code url}. */
    public Fetched fetch(String url, long maxBytes) {
        URI uri = parse(url);
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                checked(uri);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "text/turtle, application/ld+json;q=0.9,"
                                + " application/rdf+xml;q=0.8").GET().build();
                HttpResponse<InputStream> response = http.send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400) {
                        String location = response.headers().firstValue("Location")
                                .orElseThrow(() -> refused(Problems.text(
                                        "fetch.noLocation", status)));
                        uri = uri.resolve(location);
                        continue;
                    }
                    if (status != 200) {
                        throw refused(Problems.text("fetch.status", status));
                    }
                    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                            maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw refused(Problems.text("fetch.tooLarge", maxBytes));
                    }
                    String path = uri.getPath() == null ? "" : uri.getPath();
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    SkosFormat format = response.headers().firstValue("Content-Type")
                            .flatMap(SkosFormat::ofMediaType)
                            .or(() -> SkosFormat.ofFileName(path))
                            .orElseThrow(() -> refused(Problems.text("fetch.notSkos")));
                    return new Fetched(bytes, format, name.isEmpty() ? "url" : name);
                }
            }
            throw refused(Problems.text("fetch.redirects", MAX_REDIRECTS));
        } catch (IOException e) {
            throw refused(Problems.text("fetch.unreadable", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(Problems.text("fetch.interrupted"));
        }
    }

    private void checked(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(Problems.text("url.scheme"));
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(Problems.text("url.userName"));
        }
        String why = guard.publicRefusal(uri);
        if (why != null) {
            throw refused(Problems.text("url.forbidden", why));
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!uri.isAbsolute()) {
                throw refused(Problems.text("url.notAbsolute"));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused(Problems.text("url.invalid"));
        }
    }

    private static InvalidInputException refused(String why) {
        return Problems.invalid(FIELD, "fetch.address", why);
    }
}
