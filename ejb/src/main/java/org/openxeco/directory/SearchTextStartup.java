package org.openxeco.directory;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Shortly after start, has the stored search texts made again when the folding changed
 * since they were made ({@link SearchTextRefresh}); searches work meanwhile, with the old
 * texts for the entities not reached yet.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchTextStartup {

    private static final Logger LOG = Logger.getLogger(SearchTextStartup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SearchTextRefresh refresh;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(1000, new TimerConfig("search text refresh", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            if (!refresh.outdated()) {
                return;
            }
            long started = System.nanoTime();
            long last = 0;
            int batches = 0;
            while ((last = refresh.batch(last)) >= 0) {
                batches++;
            }
            int count = batches;
            LOG.info(() -> "Search texts brought up to folding " + SearchText.VERSION + " in "
                    + count + " batch(es), " + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search texts could not be made again; the next start"
                    + " tries again", e);
        }
    }
}
