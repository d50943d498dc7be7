package org.openxeco.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.ArticleStatus;
import org.openxeco.kernel.Roles;
import org.openxeco.membership.RequestStatus;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerState;
import org.openxeco.network.sync.SyncRun;

/**
 * The figures of the admin dashboard, for administrators only. Each is counted by the
 * database with grouped or conditional counts; no list of records is read to count it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Dashboard {

    /** The most bars a distribution shows besides "other". */
    public static final int MAX_TOP = 50;
    /** The most months or weeks a timeline covers. */
    public static final int MAX_PERIODS = 60;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Entities per value of a scheme: the {@code top} values holding the most entities,
     * labelled in the given language, then those holding another value and those holding
     * none.
     */
    public Distribution entitiesPerValue(UUID scheme, int top, String lang) {
        Roles.requireAdmin(context);
        return new Distributions(em).perValue(scheme.toString(), limit(top, MAX_TOP), lang);
    }

    /** Entities per country of their addresses: the {@code top} countries, other, none. */
    public Distribution entitiesPerCountry(int top) {
        Roles.requireAdmin(context);
        return new Distributions(em).perCountry(limit(top, MAX_TOP));
    }

    /**
     * Articles added per type in each of the last {@code months} calendar months of the
     * time zone, the current one last; one series per article type.
     */
    public Timeline articlesPerMonth(ZoneId zone, int months) {
        Roles.requireAdmin(context);
        return new Timelines(em).articles(Buckets.months(now(), zone,
                limit(months, MAX_PERIODS)));
    }

    /**
     * Member activity in each of the last {@code weeks} weeks (Monday to Sunday in the time
     * zone): accounts opened, latest sign-ins, requests and changes sent, changes made.
     */
    public Timeline memberActivity(ZoneId zone, int weeks) {
        Roles.requireAdmin(context);
        return new Timelines(em).members(Buckets.weeks(now(), zone, limit(weeks, MAX_PERIODS)));
    }

    /** What waits for an administrator's decision. */
    public Waiting waiting() {
        Roles.requireAdmin(context);
        return new Waiting(
                pending("MemberRequest"), pending("EntityChange"),
                em.createQuery("select count(m) from MemberArticle m"
                        + " where m.article.status = :review", Long.class)
                        .setParameter("review", ArticleStatus.UNDER_REVIEW).getSingleResult(),
                em.createQuery("select count(p) from Peer p where p.state = :state", Long.class)
                        .setParameter("state", PeerState.PENDING).getSingleResult());
    }

    /** Every peer by name, with its state, last contact and the outcome of its latest run. */
    public List<PeerStatus> peers() {
        Roles.requireAdmin(context);
        Map<Long, PeerStatus.LastRun> runs = new HashMap<>();
        Map<Long, Long> runIds = new HashMap<>();
        for (Object[] row : em.createQuery("select r.peer.id, r.id, r.trigger, r.state,"
                + " r.started, r.finished, r.errors from SyncRun r where r.started ="
                + " (select max(s.started) from SyncRun s where s.peer = r.peer)",
                Object[].class).getResultList()) {
            Long peer = (Long) row[0];
            Long id = (Long) row[1];
            if (runIds.containsKey(peer) && runIds.get(peer) > id) {
                continue;
            }
            runIds.put(peer, id);
            runs.put(peer, new PeerStatus.LastRun((SyncRun.Trigger) row[2],
                    (SyncRun.State) row[3], (Instant) row[4], (Instant) row[5],
                    ((Number) row[6]).intValue()));
        }
        Instant now = now();
        return em.createQuery("select p from Peer p order by p.name, p.id", Peer.class)
                .getResultStream().map(p -> new PeerStatus(p.getUuid(), p.getName(),
                        p.getBaseUrl(), p.getState(), p.health(now), p.getLastContact(),
                        runs.get(p.getId()))).toList();
    }

    private long pending(String entity) {
        return em.createQuery("select count(w) from " + entity + " w where w.status = :pending",
                Long.class).setParameter("pending", RequestStatus.PENDING).getSingleResult();
    }

    private Instant now() {
        return clock.instant();
    }

    private static int limit(int value, int max) {
        return Math.max(1, Math.min(value, max));
    }
}
