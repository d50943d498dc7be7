package org.openxeco.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.setup.NodeSettings;

/**
 * An article scheduled for later becomes public when its time comes, which by itself changes
 * nothing stored. This gives each such article a new change number once its time has
 * passed, so the change feed and everything else that follows change numbers sees it appear.
 * The time checked through is kept in the database, so a restart or another server of the
 * node carries on where the last check ended.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicationTimes {

    static final String CHECKED_THROUGH = "content.publication-checked-through";
    private static final Logger LOG = Logger.getLogger(PublicationTimes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    NodeSettings settings;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "openxeco.content.publication-check", defaultValue = "PT1M")
    String every;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        long millis = Math.max(1000, Duration.parse(every).toMillis());
        timers.createIntervalTimer(millis, millis, new TimerConfig("publication times", false));
    }

    @Timeout
    void check() {
        markDue(clock.instant());
    }

    /**
     * Gives a new change number to every public article whose publication time passed since
     * the last check (the first check only notes the time) and came after the article was
     * last written: one written when it was public already, as a bulk load writes many, is
     * in the feed at the number it got then. Returns how many there were.
     */
    public int markDue(Instant now) {
        changes.lockWrites();
        Instant from = settings.find(CHECKED_THROUGH).map(Instant::parse).orElse(null);
        settings.put(CHECKED_THROUGH, now.toString());
        if (from == null || !now.isAfter(from)) {
            return 0;
        }
        List<Article> due = em.createQuery("select a from Article a where a.status = :status"
                + " and a.publishedAt > :from and a.publishedAt <= :now"
                + " and a.publishedAt > a.updated", Article.class)
                .setParameter("status", ArticleStatus.PUBLIC).setParameter("from", from)
                .setParameter("now", now).getResultList();
        for (Article article : due) {
            changes.track(article);
            changes.record(article);
        }
        if (!due.isEmpty()) {
            LOG.info(() -> due.size() + " scheduled article(s) became public");
        }
        return due.size();
    }
}
