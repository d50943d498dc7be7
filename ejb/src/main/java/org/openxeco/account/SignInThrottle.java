package org.openxeco.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing from one client address: after too many failed sign-ins within the
 * window, every sign-in from that address is refused until the window has passed. The
 * refusal looks like any failed sign-in. Accounts have their own lock (see
 * {@link AccountService}).
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "openxeco.security.address-max-failures", defaultValue = "30")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "openxeco.security.address-window-minutes", defaultValue = "15")
    long windowMinutes;

    Clock clock = Clock.systemUTC();

    /** Whether a sign-in from this address may be tried now. */
    public boolean allows(String address) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < maxFailures;
        }
    }

    /** Counts a failed sign-in from this address. */
    public void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(Instant.now(clock));
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = Instant.now(clock).minus(Duration.ofMinutes(windowMinutes));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
