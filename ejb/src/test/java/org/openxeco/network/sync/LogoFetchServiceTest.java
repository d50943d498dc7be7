package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.media.ImageSamples;
import org.openxeco.testing.Fixtures;

/**
 * Fetching the logos of copies from a real HTTP server on 127.0.0.1: an image is stored and
 * shown; a refusal that trying again cannot change (an SVG, a missing file) is recorded with
 * its reason and not fetched again; a passing one (a server error) is recorded and tried
 * again by a run ten minutes later, not before.
 */
class LogoFetchServiceTest {

    private SyncTesting nodes;
    private Engine engine;
    private HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final LogoFetcher fetcher = new LogoFetcher();

    @BeforeEach
    void start() throws IOException {
        nodes = new SyncTesting();
        engine = new Engine(nodes, true);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/logo.png", 200, "image/png", ImageSamples.png(91));
        serve("/logo.svg", 200, "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        serve("/missing.png", 404, "text/plain", "Not here".getBytes(StandardCharsets.UTF_8));
        serve("/busy.png", 503, "text/plain", "Later".getBytes(StandardCharsets.UTF_8));
        server.start();
        SyncLedger ledger = new SyncLedger();
        ledger.em = nodes.a.entityManager();
        ledger.changes = nodes.a.changes;
        fetcher.em = nodes.a.entityManager();
        fetcher.guard = nodes.a.outboundGuard;
        fetcher.media = nodes.a.media;
        fetcher.ledger = ledger;
        fetcher.timeout = Duration.ofSeconds(5);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        nodes.close();
    }

    private void serve(String path, int status, String type, byte[] body) {
        calls.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            calls.get(path).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** A copy on A of a new entity of B whose logo is to be fetched from the path. */
    private String copyWithLogo(String path) {
        Organisation onB = nodes.onB(() -> nodes.b.organisations.create(
                Fixtures.organisation(Fixtures.unique("Logo " + path), "LU"), List.of()));
        String uri = nodes.b.uris.entity(onB.getUuid());
        assertEquals(1, engine.importObjects(List.of(uri)).created());
        String source = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        nodes.onA(() -> {
            copy(uri).logo(source, null);
            return null;
        });
        return uri;
    }

    private ImportedCopy copy(String uri) {
        return nodes.a.entityManager().createQuery("select c from ImportedCopy c"
                + " where c.originUri = :u", ImportedCopy.class).setParameter("u", uri)
                .getSingleResult();
    }

    private ImportedCopy read(String uri) {
        return nodes.a.asVisitor(() -> copy(uri));
    }

    @Test
    void lastingRefusalsAreRecordedAndNotTriedAgainWhilePassingOnesAre() {
        String image = copyWithLogo("/logo.png");
        assertEquals(1, (int) nodes.onA(() -> fetcher.fetchPending(nodes.peer)));
        String svg = copyWithLogo("/logo.svg");
        String missing = copyWithLogo("/missing.png");
        String busy = copyWithLogo("/busy.png");

        assertEquals(0, (int) nodes.onA(() -> fetcher.fetchPending(nodes.peer)));
        assertEquals(0, (int) nodes.onA(() -> fetcher.fetchPending(nodes.peer)));
        assertEquals(1, calls.get("/busy.png").get(), "not again before ten minutes");
        fetcher.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11));
        assertEquals(0, (int) nodes.onA(() -> fetcher.fetchPending(nodes.peer)));

        assertTrue(read(image).getLogoProblem().isEmpty());
        assertEquals(read(image).logoHash(), nodes.a.asVisitor(() -> nodes.a.entityManager()
                .createQuery("select o.logoHash from Organisation o where o.originUri = :u",
                        String.class).setParameter("u", image).getSingleResult()));
        assertTrue(read(svg).getLogoProblem().orElseThrow().contains("SVG")
                || read(svg).getLogoProblem().orElseThrow().toLowerCase().contains("markup"),
                read(svg).getLogoProblem().toString());
        assertEquals("The address answered HTTP 404 (not tried again)", read(missing)
                .getLogoProblem().orElseThrow());
        assertEquals("HTTP 503", read(busy).getLogoProblem().orElseThrow());
        assertEquals(1, calls.get("/logo.png").get());
        assertEquals(1, calls.get("/logo.svg").get(), "not fetched again");
        assertEquals(1, calls.get("/missing.png").get(), "not fetched again");
        assertEquals(2, calls.get("/busy.png").get(), "tried again");
        assertEquals(2, read(busy).getLogoAttempts());
    }
}
