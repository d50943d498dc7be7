package org.openxeco.web.admin;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.audit.AuditEntry;
import org.openxeco.audit.AuditLog;
import org.openxeco.audit.AuditQuery;
import org.openxeco.content.Article;
import org.openxeco.setup.NodeStatistics;

/** The admin dashboard: counts per type and status, latest changes and pending reviews. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    NodeStatistics statistics;

    @Inject
    AuditLog audit;

    private Map<String, Map<String, Long>> counts;
    private List<AuditEntry> latest;
    private List<Article> pending;

    @PostConstruct
    void load() {
        counts = statistics.countsByTypeAndStatus();
        latest = audit.list(AuditQuery.all(), 0, 10);
        pending = statistics.pendingReview(10);
    }

    public List<Map.Entry<String, Map<String, Long>>> getCounts() {
        return List.copyOf(counts.entrySet());
    }

    /** The total of one row of counts. */
    public long total(Map<String, Long> row) {
        return row.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<AuditEntry> getLatest() {
        return latest;
    }

    public List<Article> getPending() {
        return pending;
    }
}
