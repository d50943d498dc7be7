package org.openxeco.campaign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The steps of sending, each in a transaction of its own so that its outcome is stored
 * before the next step starts. A recipient moves from queued to sending only through
 * {@link #claim}, a conditional update that one sender alone can win.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CampaignLedger {

    private static final Logger LOG = Logger.getLogger(CampaignLedger.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Audiences audiences;

    /** What a sender needs once it holds a recipient. */
    public record Claim(long id, String address, String language, String token,
            CampaignMail.Content content) {
    }

    /**
     * Starts one scheduled campaign whose time has come, fixing its recipients; empty when
     * none is due. Only the server whose update moves it out of "scheduled" starts it.
     */
    public Optional<Campaign> startDue(Instant now) {
        List<Long> due = em.createQuery("select c.id from Campaign c where c.status = :scheduled"
                + " and c.sendAt <= :now order by c.sendAt, c.id", Long.class)
                .setParameter("scheduled", CampaignStatus.SCHEDULED).setParameter("now", now)
                .setMaxResults(1).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int won = em.createQuery("update Campaign c set c.status = :sending, c.started = :now,"
                + " c.version = c.version + 1 where c.id = :id and c.status = :scheduled")
                .setParameter("sending", CampaignStatus.SENDING).setParameter("now", now)
                .setParameter("id", due.get(0)).setParameter("scheduled",
                        CampaignStatus.SCHEDULED).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }

        Campaign campaign = em.find(Campaign.class, due.get(0));
        em.refresh(campaign);
        List<Target> targets = audiences.targets(campaign.getAudience(), campaign.getTags(),
                campaign.getAddressList() == null ? List.of()
                        : List.of(campaign.getAddressList().split("\n")));
        for (Target target : targets) {
            em.persist(new Recipient(campaign, target.address(), target.key(),
                    target.accountId(), target.language()));
        }
        LOG.info(() -> "Campaign " + campaign.getUuid() + " started for " + targets.size()
                + " recipient(s)");
        return Optional.of(campaign);
    }

    /** The next queued recipients of campaigns being sent, oldest first. */
    public List<Long> queued(int max) {
        return em.createQuery("select r.id from Recipient r where r.state = :queued"
                + " and r.campaign.status = :sending order by r.id", Long.class)
                .setParameter("queued", RecipientState.QUEUED)
                .setParameter("sending", CampaignStatus.SENDING).setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes the recipient for this sender: queued becomes sending, with a fresh unsubscribe
     * token whose hash alone is stored, and commits before any mail leaves. Empty when
     * another sender took it first, or when the person unsubscribed meanwhile (then it is
     * skipped).
     */
    public Optional<Claim> claim(long id, Instant now) {
        String token = token();
        int won = em.createQuery("update Recipient r set r.state = :sending, r.claimedAt = :now,"
                + " r.tokenHash = :hash where r.id = :id and r.state = :queued")
                .setParameter("sending", RecipientState.SENDING).setParameter("now", now)
                .setParameter("hash", hash(token)).setParameter("id", id)
                .setParameter("queued", RecipientState.QUEUED).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }

        Recipient recipient = em.find(Recipient.class, id);
        em.refresh(recipient);
        if (!audiences.stillAccepts(recipient.addressKey())) {
            finish(id, RecipientState.SKIPPED, now, "unsubscribed");
            return Optional.empty();
        }
        Campaign campaign = recipient.getCampaign();
        return Optional.of(new Claim(id, recipient.getAddress(), recipient.getLanguage(), token,
                new CampaignMail.Content(campaign.getSubject(), campaign.getBody(),
                        campaign.getTemplate().getHtml())));
    }

    /** The mail server took the recipient's mail. */
    public void sent(long id, Instant now) {
        finish(id, RecipientState.SENT, now, null);
    }

    /** The recipient's mail failed, for the reason given. */
    public void failed(long id, Instant now, String reason) {
        finish(id, RecipientState.FAILED, now, reason);
    }

    /**
     * Recipients claimed before the given time whose outcome never came (their server
     * stopped while sending) are failed as interrupted, never sent again; returns how many.
     */
    public int interrupted(Instant claimedBefore, Instant now) {
        return em.createQuery("update Recipient r set r.state = :failed, r.sentAt = :now,"
                + " r.failure = :reason where r.state = :sending and r.claimedAt < :before")
                .setParameter("failed", RecipientState.FAILED).setParameter("now", now)
                .setParameter("reason", "interrupted").setParameter("sending",
                        RecipientState.SENDING).setParameter("before", claimedBefore)
                .executeUpdate();
    }

    /** Marks done every campaign being sent that has no recipient left to send to. */
    public int finishDone(Instant now) {
        return em.createQuery("update Campaign c set c.status = :done, c.finished = :now,"
                + " c.version = c.version + 1 where c.status = :sending and not exists"
                + " (select r.id from Recipient r where r.campaign = c and r.state in"
                + " (:queued, :claimed))")
                .setParameter("done", CampaignStatus.DONE).setParameter("now", now)
                .setParameter("sending", CampaignStatus.SENDING)
                .setParameter("queued", RecipientState.QUEUED)
                .setParameter("claimed", RecipientState.SENDING).executeUpdate();
    }

    private void finish(long id, RecipientState state, Instant now, String reason) {
        em.createQuery("update Recipient r set r.state = :state, r.sentAt = :now,"
                + " r.failure = :reason where r.id = :id and r.state = :sending")
                .setParameter("state", state).setParameter("now", now)
                .setParameter("reason", reason == null ? null : abbreviate(reason))
                .setParameter("id", id).setParameter("sending", RecipientState.SENDING)
                .executeUpdate();
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of an unsubscribe token. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
