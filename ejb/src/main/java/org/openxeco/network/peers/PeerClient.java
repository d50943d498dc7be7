package org.openxeco.network.peers;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import org.openxeco.network.trust.HttpSignatures;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.NodeIdentity;
import org.openxeco.network.trust.PublishedKey;
import org.openxeco.network.trust.Refusal;
import org.openxeco.network.trust.SignatureRefusedException;
import org.openxeco.network.trust.SignedMessage;

/**
 * Calls peers through their node-to-node API with a MicroProfile REST client: every request
 * signed, every answer read up to a size limit within time limits and verified against the
 * peer's published keys, redirects refused, {@code Retry-After} kept. Holds no transaction
 * while waiting on the network.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeerClient {

    private static final Logger LOG = Logger.getLogger(PeerClient.class.getName());

    @Inject
    NodeIdentity identity;

    @Inject
    OutboundGuard guard;

    @Inject
    PeerRegistry registry;

    @Inject
    @ConfigProperty(name = "openxeco.network.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "openxeco.network.read-timeout", defaultValue = "PT20S")
    String readTimeout;

    @Inject
    @ConfigProperty(name = "openxeco.network.max-response-bytes", defaultValue = "16777216")
    long maxResponseBytes;

    @Inject
    @ConfigProperty(name = "openxeco.network.signature-window", defaultValue = "PT5M")
    String signatureWindow;

    @Inject
    @ConfigProperty(name = "openxeco.network.call-timeout", defaultValue = "PT30S")
    String callTimeout;

    Clock clock = Clock.systemUTC();

    /**
     * Fetches a node's descriptor from its well-known address and checks that the answer is
     * signed with a key the descriptor itself lists and that it names the address asked.
     */
    public NodeDescriptor fetchDescriptor(String baseUrl) {
        String base = guard.checkBaseUrl(baseUrl);
        Exchange exchange = exchange(base, PeerApi::descriptor);
        if (exchange.status != 200) {
            throw new PeerCallException("The node at " + base + " gave no descriptor (HTTP "
                    + exchange.status + ")", exchange.status);
        }
        NodeDescriptor descriptor;
        try {
            descriptor = NodeDescriptor.parse(exchange.body);
        } catch (IllegalArgumentException e) {
            throw new PeerCallException("The node at " + base + " gave no usable descriptor: "
                    + e.getMessage());
        }
        if (!descriptor.baseUrl().equals(base)) {
            throw new PeerCallException("The node at " + base + " gives its address as "
                    + descriptor.baseUrl() + "; use that address");
        }
        HttpSignatures.Parsed signature = verifiable(exchange, descriptor.baseUrl());
        PublishedKey key = descriptor.key(signature.keyId()).orElseThrow(
                () -> new PeerCallException("The descriptor of " + base
                        + " is not signed with one of its own keys"));
        check(exchange, signature, key.publicKey(), base);
        return descriptor;
    }

    /**
     * A signed call to a peer. An answer signed with a key the peer has not shown yet is
     * checked against its freshly fetched descriptor, so key rotation needs no manual step.
     */
    public PeerReply call(Peer peer, Function<PeerApi, Response> call) {
        Instant now = clock.instant();
        if (peer.getRetryAfter() != null && peer.getRetryAfter().isAfter(now)) {
            throw new PeerCallException(peer.getName() + " asked to wait until "
                    + peer.getRetryAfter());
        }
        Exchange exchange;
        try {
            guard.check(URI.create(peer.getBaseUrl()));
            exchange = exchange(peer.getBaseUrl(), call);
            HttpSignatures.Parsed signature = verifiable(exchange, peer.getBaseUrl());
            byte[] key = peer.key(signature.keyId(), clock.instant()).map(PeerKey::getPublicKey)
                    .orElseGet(() -> refreshedKey(peer, signature.keyId()));
            check(exchange, signature, key, peer.getBaseUrl());
        } catch (PeerCallException e) {
            registry.failed(peer.getUuid(), e.getMessage(), null);
            throw e;
        } catch (RuntimeException e) {
            registry.failed(peer.getUuid(), String.valueOf(e.getMessage()), null);
            throw e;
        }
        PeerReply reply = new PeerReply(exchange.status, Map.copyOf(exchange.headers),
                exchange.body);
        if (exchange.status == 429 || exchange.status >= 500) {
            String error = "HTTP " + exchange.status + ": " + reply.problemDetail();
            registry.failed(peer.getUuid(), error, retryAfter(exchange, now));
            throw new PeerCallException(peer.getName() + " answered " + error,
                    exchange.status);
        }
        reply.problemKind().flatMap(Refusal::ofKind).ifPresentOrElse(refusal -> {
            LOG.warning(() -> peer.getBaseUrl() + " refused this node's request to "
                    + exchange.target + ": " + refusal.kind() + " - " + reply.problemDetail());
            registry.refused(peer.getUuid(), refusal.kind() + ": " + reply.problemDetail());
        }, () -> registry.contacted(peer.getUuid()));
        return reply;
    }

    private byte[] refreshedKey(Peer peer, String keyId) {
        if (!Keys.baseUrlOf(keyId).equals(peer.getBaseUrl())) {
            throw new PeerCallException("The answer of " + peer.getName()
                    + " is signed with a key of another node");
        }
        NodeDescriptor descriptor = fetchDescriptor(peer.getBaseUrl());
        if (!registry.followRotation(peer.getUuid(), descriptor, keyId)) {
            throw new PeerCallException("The answer of " + peer.getName() + " is signed with"
                    + " a key that no key this node holds for it endorses");
        }
        return descriptor.key(keyId).map(PublishedKey::publicKey).orElseThrow();
    }

    private Exchange exchange(String base, Function<PeerApi, Response> call) {
        Exchange exchange = new Exchange(identity::sign, maxResponseBytes,
                Duration.parse(callTimeout));
        PeerApi api = RestClientBuilder.newBuilder().baseUri(URI.create(base + "/"))
                .connectTimeout(Duration.parse(connectTimeout).toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(Duration.parse(readTimeout).toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .register(exchange)
                .build(PeerApi.class);
        try (Response response = call.apply(api)) {
            // The answer was read by the exchange as it arrived.
            response.getStatus();
        } catch (WebApplicationException e) {
            // An error status: the exchange holds the answer, which is verified like any.
            LOG.finest(() -> "Peer answered " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new PeerCallException("Cannot reach " + base + ": " + rootMessage(e));
        } catch (RuntimeException e) {
            // Whatever else the client met on the way (an answer over the size or time
            // limit may surface wrapped in other exceptions).
            throw new PeerCallException("The call to " + base + " failed: " + rootMessage(e));
        } finally {
            close(api);
        }
        if (exchange.status >= 300 && exchange.status < 400) {
            throw new PeerCallException("The node at " + base + " answered with a redirect to "
                    + exchange.headers.getOrDefault("location", "?")
                    + "; redirects are not followed", exchange.status);
        }
        return exchange;
    }

    private HttpSignatures.Parsed verifiable(Exchange exchange, String base) {
        try {
            return HttpSignatures.parse(answer(exchange));
        } catch (SignatureRefusedException e) {
            throw new PeerCallException("The answer of " + base + " is not signed: "
                    + e.getMessage(), exchange.status);
        }
    }

    private void check(Exchange exchange, HttpSignatures.Parsed signature, byte[] key,
            String base) {
        SignedMessage answer = answer(exchange);
        Duration window = Duration.parse(signatureWindow);
        Duration age = Duration.between(signature.createdAt(), clock.instant()).abs();
        String why = null;
        if (!org.openxeco.network.trust.ContentDigest.matches(
                answer.header("content-digest"), answer.body())) {
            why = "its body does not match its digest";
        } else if (age.compareTo(window) > 0) {
            why = "its signature was made " + age.toSeconds() + " s from now";
        } else if (!HttpSignatures.verify(signature, answer, Keys.publicKey(key))) {
            why = "its signature does not verify";
        }
        if (why != null) {
            String message = "The answer of " + base + " was refused: " + why;
            LOG.warning(message);
            throw new PeerCallException(message, exchange.status);
        }
    }

    private static SignedMessage answer(Exchange exchange) {
        return SignedMessage.response(exchange.method, exchange.target, exchange.status,
                exchange.headers, exchange.body);
    }

    static Instant retryAfter(Exchange exchange, Instant now) {
        String value = exchange.headers.get("retry-after");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return now.plusSeconds(Math.max(0, Math.min(seconds, 86_400)));
        } catch (NumberFormatException e) {
            try {
                return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void close(Object api) {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Nothing is left to release when closing fails.
            }
        }
    }
}
