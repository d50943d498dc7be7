package org.openxeco.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the node from being used to flood mailboxes: within the window, each address gets
 * at most a few account mails, each client (an IPv6 client by its /64) a bounded number, and
 * the whole node at most a fixed total. Counts live in the database, so they hold across
 * servers, and rows older than the window are removed. A refused request sends nothing.
 * Requests that count at the same moment take turns on a locked row, so none slips past a
 * limit, whichever server it reaches.
 */
@ApplicationScoped
public class MailLimits {

    private static final Logger LOG = Logger.getLogger(MailLimits.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "openxeco.account.mail-window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "openxeco.account.mails-per-address", defaultValue = "3")
    int perAddress;

    @Inject
    @ConfigProperty(name = "openxeco.account.mails-per-client", defaultValue = "30")
    int perClient;

    @Inject
    @ConfigProperty(name = "openxeco.account.mails-per-window", defaultValue = "10000")
    int perNode;

    Clock clock = Clock.systemUTC();

    /**
     * Whether a mail of this kind may go to the address for this client now; counts it if
     * so. The address and client are held only as hashes. Runs in the caller's transaction,
     * whose end lets the next request count.
     */
    public boolean take(String kind, String address, String client) {
        // One row locked until the transaction ends makes counting and recording one step
        // for every server of the node: a second request waits here and counts this one.
        em.createNativeQuery("select id from mail_limit_lock where id = 1 for update")
                .getResultList();
        long now = clock.millis();
        long horizon = now - window.toMillis();
        em.createNativeQuery("delete from mail_limit where sent_at <= ?1")
                .setParameter(1, horizon).executeUpdate();
        String addressKey = digest("a:" + Emails.key(address));
        String clientKey = digest("c:" + clientKey(client));
        if (count(null, horizon) >= 2L * perNode) {
            LOG.warning(() -> "Refused a " + kind + " mail: the node sent its most within "
                    + window);
            return false;
        }
        if (count(addressKey, horizon) >= perAddress) {
            LOG.info(() -> "Refused a " + kind + " mail: too many for one address within "
                    + window);
            return false;
        }
        if (count(clientKey, horizon) >= perClient) {
            LOG.info(() -> "Refused a " + kind + " mail: too many caused by one client within "
                    + window);
            return false;
        }
        for (String key : new String[] {addressKey, clientKey}) {
            em.createNativeQuery("insert into mail_limit (key_hash, sent_at) values (?1, ?2)")
                    .setParameter(1, key).setParameter(2, now).executeUpdate();
        }
        return true;
    }

    private long count(String key, long horizon) {
        String where = key == null ? "" : " and key_hash = ?2";
        var query = em.createNativeQuery("select count(*) from mail_limit where sent_at > ?1"
                + where).setParameter(1, horizon);
        if (key != null) {
            query.setParameter(2, key);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The client's address, an IPv6 one cut to its /64, which one subscriber usually holds. */
    public static String clientKey(String client) {
        if (client == null || client.isBlank()) {
            return "";
        }
        String literal = client.strip();
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            InetAddress parsed = InetAddress.getByName(
                    literal.startsWith("[") ? literal : "[" + literal + "]");
            if (parsed instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(parsed.getAddress(), 8);
                return HexFormat.of().formatHex(prefix) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
