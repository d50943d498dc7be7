package org.openxeco.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the node from being used to flood mailboxes: within the window, each address gets
 * at most a few account mails and each client may cause a bounded number of them. A refused
 * request looks the same to the visitor; it only sends nothing. Counts live in this process.
 */
@ApplicationScoped
public class MailLimits {

    private static final Logger LOG = Logger.getLogger(MailLimits.class.getName());
    private static final int MAX_KEYS = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "openxeco.account.mail-window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "openxeco.account.mails-per-address", defaultValue = "3")
    int perAddress;

    @Inject
    @ConfigProperty(name = "openxeco.account.mails-per-client", defaultValue = "30")
    int perClient;

    Clock clock = Clock.systemUTC();

    /**
     * Whether a mail of this kind may go to the address for this client now; counts it if
     * so. The address is held only as a hash.
     */
    public boolean take(String kind, String address, String client) {
        String addressKey = "a:" + digest(address.toLowerCase(Locale.ROOT));
        String clientKey = "c:" + (client == null ? "" : client);
        if (count(addressKey) >= perAddress) {
            LOG.info(() -> "Refused a " + kind + " mail: too many for one address within "
                    + window);
            return false;
        }
        if (count(clientKey) >= perClient) {
            LOG.info(() -> "Refused a " + kind + " mail: too many caused by one client within "
                    + window);
            return false;
        }
        add(addressKey);
        add(clientKey);
        return true;
    }

    private int count(String key) {
        Deque<Instant> times = sent.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void add(String key) {
        if (sent.size() >= MAX_KEYS) {
            sent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Instant.now(clock));
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = Instant.now(clock).minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
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
