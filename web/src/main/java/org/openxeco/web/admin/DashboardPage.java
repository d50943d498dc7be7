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
import org.openxeco.network.peers.PeerService;
import org.openxeco.network.peers.PeerState;
import org.openxeco.setup.NodeStatistics;

/**
 * The admin dashboard: counts per type and status, latest changes, pending reviews and the
 * handshake requests waiting for a decision.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    NodeStatistics statistics;

    @Inject
    AuditLog audit;

    @Inject
    PeerService peers;

    private Map<String, Map<String, Long>> counts;
    private List<AuditEntry> latest;
    private List<Article> pending;
    private long waitingHandshakes;

    @PostConstruct
    void load() {
        counts = statistics.countsByTypeAndStatus();
        latest = audit.list(AuditQuery.all(), 0, 10);
        pending = statistics.pendingReview(10);
        waitingHandshakes = peers.list().stream()
                .filter(peer -> peer.getState() == PeerState.PENDING).count();
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

    /** How many other nodes asked for a handshake that no one here decided on yet. */
    public long getWaitingHandshakes() {
        return waitingHandshakes;
    }
}
