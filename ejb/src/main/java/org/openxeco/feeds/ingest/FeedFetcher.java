package org.openxeco.feeds.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.Problems;
import org.openxeco.network.peers.OutboundGuard;

/**
 * Fetches a feed as calls to peers are made: through the outbound guard (checked again for
 * every redirect, at most a few), within connect, read and whole-call time limits and a size
 * cap, with the validators of the last answer so that an unchanged feed costs a 304.
 */
@ApplicationScoped
public class FeedFetcher {

    static final int MAX_REDIRECTS = 3;
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml",
            "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/x-rss+xml", "application/x-atom+xml", "text/rss+xml");

    @Inject
    OutboundGuard guard;

    @Inject
    @ConfigProperty(name = "openxeco.network.read-timeout", defaultValue = "PT20S")
    Duration timeout = Duration.ofSeconds(20);

    @Inject
    @ConfigProperty(name = "openxeco.network.call-timeout", defaultValue = "PT30S")
    Duration callTimeout = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "openxeco.feeds.max-bytes", defaultValue = "2097152")
    long maxBytes = 2_097_152;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The answer to a GET: not modified, or a body with its type and validators. */
    record Answer(boolean notModified, byte[] body, String contentType, String etag,
            String lastModified) {
    }

    public FeedFetcher() {
    }

    FeedFetcher(OutboundGuard guard, Duration timeout, long maxBytes) {
        this.guard = guard;
        this.timeout = timeout;
        this.callTimeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Fetches the feed, sending the validators of the last answer when there are any. */
    Answer fetch(String url, String etag, String lastModified) {
        URI uri = URI.create(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/rss+xml, application/atom+xml,"
                            + " application/xml;q=0.9, text/xml;q=0.9");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response = send(request.build());
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status / 100 == 3 && status != 304 && location.isPresent()) {
                close(response);
                uri = redirect(uri, location.get());
                continue;
            }
            return answer(response);
        }
        throw new FeedRefusedException(FeedProblem.HTTP_STATUS, "More than " + MAX_REDIRECTS
                + " redirects");
    }

    private Answer answer(HttpResponse<InputStream> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        String modified = response.headers().firstValue("Last-Modified").orElse(null);
        if (response.statusCode() == 304) {
            close(response);
            return new Answer(true, null, null, etag, modified);
        }
        if (response.statusCode() != 200) {
            close(response);
            throw new FeedRefusedException(FeedProblem.HTTP_STATUS,
                    "HTTP " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (type != null && !isFeedType(type)) {
            close(response);
            throw new FeedRefusedException(FeedProblem.WRONG_TYPE, type);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw tooLarge();
        }
        // A server that sends its body slowly is cut off when the whole call has taken too long.
        AtomicBoolean late = new AtomicBoolean();
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> {
            late.set(true);
            close(response);
        }, CompletableFuture.delayedExecutor(callTimeout.toMillis(), TimeUnit.MILLISECONDS));
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            if (late.get()) {
                throw new IOException("cut off");
            }
            return new Answer(false, body, type, etag, modified);
        } catch (IOException e) {
            throw new FeedRefusedException(FeedProblem.UNREACHABLE, late.get()
                    ? Problems.text("fetch.noCompleteAnswer", callTimeout.toSeconds())
                    : Problems.text("fetch.connectionFailed", reason(e)));
        } finally {
            deadline.cancel(false);
        }
    }

    static boolean isFeedType(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FEED_TYPES.contains(type) || type.startsWith("application/") && type.endsWith("+xml");
    }

    private void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedRefusedException(FeedProblem.FORBIDDEN_ADDRESS,
                    Problems.text("url.scheme"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new FeedRefusedException(FeedProblem.FORBIDDEN_ADDRESS,
                    Problems.text("url.userName"));
        }
        String why = guard.publicRefusal(uri);
        if (why != null) {
            throw new FeedRefusedException(FeedProblem.FORBIDDEN_ADDRESS, why);
        }
    }

    private static URI redirect(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new FeedRefusedException(FeedProblem.HTTP_STATUS,
                    Problems.text("fetch.badRedirect"));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FeedRefusedException(FeedProblem.UNREACHABLE,
                    Problems.text("fetch.noConnection", 5));
        } catch (HttpTimeoutException e) {
            throw new FeedRefusedException(FeedProblem.UNREACHABLE,
                    Problems.text("fetch.noAnswer", timeout.toSeconds()));
        } catch (IOException e) {
            throw new FeedRefusedException(FeedProblem.UNREACHABLE,
                    Problems.text("fetch.connectionFailed", reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedRefusedException(FeedProblem.UNREACHABLE,
                    Problems.text("fetch.stopped"));
        }
    }

    /** The exception's own message (the host or address it names), or its kind. */
    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private FeedRefusedException tooLarge() {
        return new FeedRefusedException(FeedProblem.TOO_LARGE,
                Problems.text("fetch.moreThan", maxBytes));
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing more is read from it.
        }
    }
}
