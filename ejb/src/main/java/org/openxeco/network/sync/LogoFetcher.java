package org.openxeco.network.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * as it is and is tried again by the next runs, up to a few attempts.
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

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Fetches the pending logos of the peer's copies; returns how many were stored. */
    public int fetchPending(Peer peer) {
        // "logoSource > ''" rather than "is not null": a range the index on (peer, hash,
        // source) answers, so a run reads only the copies whose logo is still to fetch.
        List<ImportedCopy> pending = em.createQuery("select c from ImportedCopy c"
                + " where c.peer.id = :peer and c.logoHash is null and c.logoSource > ''"
                + " and c.logoAttempts < :max", ImportedCopy.class)
                .setParameter("peer", peer.getId()).setParameter("max", MAX_ATTEMPTS)
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
                ledger.logoFailed(copy.getOriginUri(), source);
            }
        }
        return stored;
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        guard.check(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "image/png, image/jpeg, image/gif, image/webp").GET().build();
        HttpResponse<InputStream> response = http.send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new PeerCallException("HTTP " + response.statusCode());
            }
            long max = media.maxLogoBytes();
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new IOException("The logo is larger than " + max + " bytes");
            }
            return bytes;
        }
    }
}
