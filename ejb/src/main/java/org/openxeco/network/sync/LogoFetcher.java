package org.openxeco.network.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.audit.AuditChannel;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.media.MediaItem;
import org.openxeco.media.MediaService;
import org.openxeco.network.peers.OutboundGuard;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerCallException;

/**
 * Fetches the logos of copies after their page has committed: through the outbound guard,
 * without redirects, within time and size limits, and stored by content hash through the
 * media service, which accepts raster images only (no SVG). A failed fetch leaves the copy
 * as it is, with the reason for administrators to read; one that may pass (the source
 * unreachable, a server error) is tried again by later runs, ten minutes after the first try
 * and twice as long after each, up to a few attempts; one that cannot (not an image, too
 * large, not found) is not.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogoFetcher {

    static final int MAX_ATTEMPTS = 5;
    private static final int PER_RUN = 200;
    private static final Logger LOG = Logger.getLogger(LogoFetcher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboundGuard guard;

    @Inject
    MediaService media;

    @Inject
    SyncLedger ledger;

    @Inject
    @ConfigProperty(name = "openxeco.network.read-timeout", defaultValue = "PT20S")
    Duration timeout = Duration.ofSeconds(20);

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Fetches the pending logos of the peer's copies; returns how many were stored. */
    public int fetchPending(Peer peer) {
        // "logoSource > ''" rather than "is not null": a range the index on (peer, hash,
        // source) answers, so a run reads only the copies whose logo is still to fetch.
        Instant now = Instant.now(clock);
        List<ImportedCopy> pending = em.createQuery("select c from ImportedCopy c"
                + " where c.peer.id = :peer and c.logoHash is null and c.logoSource > ''"
                + " and c.logoAttempts < :max and (c.logoNextAt is null or c.logoNextAt <= :now)",
                ImportedCopy.class).setParameter("peer", peer.getId())
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", now)
                .setMaxResults(PER_RUN).getResultList();
        int stored = 0;
        for (ImportedCopy copy : pending) {
            String source = copy.getLogoSource().orElseThrow();
            try {
                byte[] bytes = fetch(URI.create(source));
                MediaItem item = AuditChannel.run(AuditChannel.NODE,
                        () -> SystemTask.run(() -> media.store(bytes, source)));
                ledger.logo(copy.getOriginUri(), source, item.getHash());
                stored++;
            } catch (Exception e) {
                LOG.warning(() -> "Logo " + source + " of " + copy.getOriginUri()
                        + " not fetched: " + e.getMessage());
                ledger.logoFailed(copy.getOriginUri(), source, problem(e), lasting(e), now);
            }
        }
        return stored;
    }

    /** What an administrator reads of a failed fetch. */
    private static String problem(Exception e) {
        if (e instanceof InvalidInputException refused && !refused.errors().isEmpty()) {
            return refused.errors().get(0).message();
        }
        if (e instanceof Refused || e instanceof TooLarge) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "The source could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Whether trying again cannot help: the image was refused (not a raster image, too large)
     * or the address was answered with 404, 410 or another refusal of the request itself.
     */
    private static boolean lasting(Exception e) {
        // A failed call to the source passes with time; the media service's refusal does not.
        return e instanceof DomainException && !(e instanceof PeerCallException)
                || e instanceof Refused || e instanceof TooLarge;
    }

    /** The source answered with a status that says the image is not there to fetch. */
    private static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        Refused(int status) {
            super("The address answered HTTP " + status);
        }
    }

    /** The image is larger than a logo may be. */
    private static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("The logo is larger than " + max + " bytes");
        }
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        guard.check(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "image/png, image/jpeg, image/gif, image/webp").GET().build();
        HttpResponse<InputStream> response = http.send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new Refused(status);
            }
            if (status != 200) {
                throw new PeerCallException("HTTP " + status);
            }
            long max = media.maxLogoBytes();
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new TooLarge(max);
            }
            return bytes;
        }
    }
}
