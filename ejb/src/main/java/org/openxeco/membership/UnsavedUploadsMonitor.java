package org.openxeco.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

import org.openxeco.kernel.SystemTask;

/**
 * Every hour, removes the logo uploads members left unsaved for longer than
 * {@code openxeco.media.unsaved-upload-age} (a day by default; {@code PT0S} keeps them).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnsavedUploadsMonitor {

    private static final Logger LOG = Logger.getLogger(UnsavedUploadsMonitor.class.getName());

    private static final long EVERY_MILLIS = Duration.ofHours(1).toMillis();

    @Resource
    TimerService timers;

    @Inject
    UnsavedUploads uploads;

    @Inject
    @ConfigProperty(name = "openxeco.media.unsaved-upload-age", defaultValue = "P1D")
    Duration age;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        if (age.isZero() || age.isNegative()) {
            LOG.info("Unsaved logo uploads are kept (openxeco.media.unsaved-upload-age)");
            return;
        }
        timers.createIntervalTimer(Duration.ofMinutes(5).toMillis(), EVERY_MILLIS,
                new TimerConfig("unsaved uploads", false));
    }

    @Timeout
    void sweep(Timer timer) {
        try {
            SystemTask.run(() -> uploads.removeStoredBefore(Instant.now(clock).minus(age)));
        } catch (Exception e) {
            // The next round tries again; nothing depends on this one.
            LOG.log(Level.WARNING, "Removing unsaved logo uploads failed: {0}", e.toString());
        }
    }
}
