package org.openxeco.feeds.ingest;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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

import org.openxeco.audit.AuditChannel;
import org.openxeco.kernel.SystemTask;

/**
 * Checks the subscribed feeds on a schedule: every minute (or every interval, when it is
 * shorter) the subscriptions whose interval ({@code openxeco.feeds.check-interval}, PT1H
 * by default, or their own) has passed are checked, as the node itself. {@code PT0S} turns
 * the schedule off. Each server of a cluster runs it; a subscription is checked by one of
 * them at a time, and only when due.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedMonitor {

    private static final Logger LOG = Logger.getLogger(FeedMonitor.class.getName());
    private static final long LONGEST_TICK = 60_000;

    @Resource
    TimerService timers;

    @Inject
    FeedIngestService feeds;

    @Inject
    @ConfigProperty(name = "openxeco.feeds.check-interval", defaultValue = "PT1H")
    String interval;

    private volatile boolean running;

    @PostConstruct
    void start() {
        long every = Duration.parse(interval).toMillis();
        if (every <= 0) {
            LOG.info("Scheduled feed checks are off (openxeco.feeds.check-interval)");
            return;
        }
        long tick = Math.max(1000, Math.min(every, LONGEST_TICK));
        timers.createIntervalTimer(tick, tick, new TimerConfig("feed checks", false));
        LOG.info(() -> "Subscribed feeds are checked every " + interval);
    }

    @Timeout
    void checkDue(Timer timer) {
        if (running) {
            return;
        }
        running = true;
        try {
            int checked = AuditChannel.run(AuditChannel.NODE,
                    () -> SystemTask.run(feeds::checkDue));
            if (checked > 0) {
                LOG.fine(() -> checked + " feed(s) checked");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scheduled feed checks failed", e);
        } finally {
            running = false;
        }
    }
}
