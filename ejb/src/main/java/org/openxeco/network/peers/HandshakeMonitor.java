package org.openxeco.network.peers;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-checks, at a configurable interval, every handshake whose state may have changed on
 * the other side (requested here, or active): a lost approval, rejection or revocation is
 * picked up within one interval, and the peer's health stays current. One peer's failure
 * does not stop the others.
 */
@Singleton
@Startup
@DependsOn("NodeIdentity")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandshakeMonitor {

    private static final Logger LOG = Logger.getLogger(HandshakeMonitor.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Handshakes handshakes;

    @Inject
    @ConfigProperty(name = "openxeco.network.recheck-interval", defaultValue = "PT1M")
    String interval;

    private volatile boolean running;

    @PostConstruct
    void start() {
        long every = Math.max(1000, Duration.parse(interval).toMillis());
        timers.createIntervalTimer(Math.min(every, 10_000), every,
                new TimerConfig("handshake re-check", false));
        LOG.info(() -> "Handshakes are re-checked every " + interval);
    }

    @Timeout
    void recheck(Timer timer) {
        if (running) {
            return;
        }
        running = true;
        try {
            for (Peer peer : handshakes.toRecheck()) {
                try {
                    handshakes.recheck(peer.getUuid());
                } catch (RuntimeException e) {
                    LOG.fine(() -> "Re-check of " + peer.getBaseUrl() + " failed: "
                            + e.getMessage());
                }
            }
        } finally {
            running = false;
        }
    }
}
