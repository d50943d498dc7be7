package org.openxeco.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.account.MailLimits;

/**
 * Bounds how many contact messages one client (an IPv6 client by its /64) sends within a
 * window, counted in the database beside the account mail limits, so the bound holds across
 * servers. The client is held only as a hash; rows older than the window go.
 */
@ApplicationScoped
public class ContactLimits {

    private static final Logger LOG = Logger.getLogger(ContactLimits.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "openxeco.contact.window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "openxeco.contact.per-client", defaultValue = "5")
    int perClient;

    Clock clock = Clock.systemUTC();

    /** Whether this client may send a message now; counts it if so. */
    public boolean take(String client) {
        // The same locked row as the mail limits: counting and recording are one step.
        em.createNativeQuery("select id from mail_limit_lock where id = 1 for update")
                .getResultList();
        long now = clock.millis();
        long horizon = now - window.toMillis();
        String key = digest("contact:" + MailLimits.clientKey(client));
        em.createNativeQuery("delete from mail_limit where key_hash = ?1 and sent_at <= ?2")
                .setParameter(1, key).setParameter(2, horizon).executeUpdate();

        long sent = ((Number) em.createNativeQuery("select count(*) from mail_limit"
                + " where key_hash = ?1 and sent_at > ?2").setParameter(1, key)
                .setParameter(2, horizon).getSingleResult()).longValue();
        if (sent >= perClient) {
            LOG.info(() -> "Refused a contact message: too many from one client within "
                    + window);
            return false;
        }
        em.createNativeQuery("insert into mail_limit (key_hash, sent_at) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        return true;
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
