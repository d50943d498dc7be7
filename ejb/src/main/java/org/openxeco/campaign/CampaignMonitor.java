package org.openxeco.campaign;

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
 * Sends campaign mails in the background at {@code openxeco.campaign.mails-per-minute} per
 * server (0 stops sending): a timer ticks every second, or every mail when they are rarer,
 * and each tick sends its share. After a restart the queue simply goes on, since every
 * recipient's state is in the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignMonitor {

    private static final Logger LOG = Logger.getLogger(CampaignMonitor.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CampaignDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "openxeco.campaign.mails-per-minute", defaultValue = "60")
    int perMinute;

    private volatile boolean running;
    private int perTick;

    @PostConstruct
    void start() {
        if (perMinute <= 0) {
            LOG.info("Campaign mails are not sent (openxeco.campaign.mails-per-minute is 0)");
            return;
        }
        long tick = Math.max(1000, (60_000 + perMinute - 1) / perMinute);
        perTick = (int) Math.max(1, perMinute * tick / 60_000);
        timers.createIntervalTimer(tick, tick, new TimerConfig("campaign mails", false));
        LOG.info(() -> "Campaign mails are sent at " + perMinute + " per minute");
    }

    @Timeout
    void sendDue(Timer timer) {
        if (running) {
            return;
        }
        running = true;
        try {
            int sent = AuditChannel.run(AuditChannel.NODE,
                    () -> SystemTask.run(() -> dispatcher.sendDue(perTick)));
            if (sent > 0) {
                LOG.fine(() -> sent + " campaign mail(s) handled");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Sending campaign mails failed", e);
        } finally {
            running = false;
        }
    }
}
