package org.openxeco.network.sync;

import java.time.Duration;
import java.util.List;
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
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerRegistry;
import org.openxeco.network.peers.PeerState;

/**
 * Syncs every active peer on a schedule ({@code openxeco.sync.interval}, PT15M by default;
 * {@code PT0S} turns it off). Each peer's run goes on in the background on its own, so a
 * slow or dead peer delays no other; a peer whose run is still going is left to it. Runs a
 * stopped server left "running" are closed as failed at start-up.
 */
@Singleton
@Startup
@DependsOn("NodeIdentity")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncMonitor {

    private static final Logger LOG = Logger.getLogger(SyncMonitor.class.getName());
    static final Duration LONGEST_RUN = Duration.ofHours(2);

    @Resource
    TimerService timers;

    @Inject
    PeerRegistry peers;

    @Inject
    SyncLedger ledger;

    @Inject
    SyncRunner runner;

    @Inject
    @ConfigProperty(name = "openxeco.sync.interval", defaultValue = "PT15M")
    String interval;

    @PostConstruct
    void start() {
        int abandoned = ledger.abandon(LONGEST_RUN);
        if (abandoned > 0) {
            LOG.info(() -> abandoned + " sync run(s) stopped with the server were closed");
        }
        long every = Duration.parse(interval).toMillis();
        if (every <= 0) {
            LOG.info("Scheduled syncs are off (openxeco.sync.interval)");
            return;
        }
        every = Math.max(1000, every);
        timers.createIntervalTimer(Math.min(every, 30_000), every,
                new TimerConfig("peer sync", false));
        LOG.info(() -> "Active peers are synced every " + interval);
    }

    @Timeout
    void sync(Timer timer) {
        List<Peer> active = peers.inStates(List.of(PeerState.ACTIVE));
        for (Peer peer : active) {
            if (!ledger.running(peer.getId(), LONGEST_RUN)) {
                runner.syncLater(peer, SyncRun.Trigger.SCHEDULE, null);
            }
        }
    }
}
