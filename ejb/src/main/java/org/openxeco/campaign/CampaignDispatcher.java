package org.openxeco.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mailer;

/**
 * Sends the queued campaign mails, a batch at a time, outside any transaction: each
 * recipient is claimed in a committed transaction, then mailed, then marked sent or failed.
 *
 * <p>Between the claim and the mark the server may stop. Its recipients stay "sending", and
 * nothing tells whether the mail server took the mail: the stop may have come before the
 * mail left or just after. Sending such a recipient again could mail a person twice, so
 * after {@code openxeco.campaign.claim-timeout} (longer than any SMTP exchange may take)
 * they are failed as "interrupted" and never sent again: at most once, the admin seeing the
 * few that may have been lost. Administrators (or the node itself) only.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignDispatcher {

    private static final Logger LOG = Logger.getLogger(CampaignDispatcher.class.getName());

    @Inject
    CampaignLedger ledger;

    @Inject
    Mailer mailer;

    @Inject
    NodeUris uris;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "openxeco.node.name", defaultValue = "openXeco node")
    String nodeName;

    @Inject
    @ConfigProperty(name = "openxeco.campaign.claim-timeout", defaultValue = "PT2M")
    Duration claimTimeout = Duration.ofMinutes(2);

    Clock clock = Clock.systemUTC();

    /**
     * Starts the campaigns whose time has come and sends at most {@code budget} mails;
     * returns how many recipients were handled.
     */
    public int sendDue(int budget) {
        Roles.requireAdmin(context);
        Instant now = now();
        int interrupted = ledger.interrupted(now.minus(claimTimeout), now);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " campaign recipient(s) were being sent to when a"
                    + " server stopped: marked interrupted, not sent again");
        }
        int started = 0;
        while (ledger.startDue(now).isPresent()) {
            started++;
        }
        if (started > 0) {
            LOG.fine(started + " campaign(s) started");
        }

        int handled = 0;
        for (long id : ledger.queued(budget)) {
            Optional<CampaignLedger.Claim> claim = ledger.claim(id, now());
            if (claim.isPresent()) {
                send(claim.get());
                handled++;
            }
        }
        ledger.finishDone(now());
        return handled;
    }

    private void send(CampaignLedger.Claim claim) {
        CampaignMail mail = CampaignMail.compose(claim.content(), claim.address(),
                claim.language(), claim.token(), uris.baseUrl(), nodeName, false);
        try {
            mailer.sendNow(mail.mail(), mail.html(), mail.headers());
        } catch (RuntimeException e) {
            // A MailFailure, or a mail the message classes refused to build.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ledger.failed(claim.id(), now(), cause.getClass().getSimpleName() + ": "
                    + cause.getMessage());
            LOG.log(Level.WARNING, "Campaign mail to recipient {0} failed ({1})",
                    new Object[] {claim.id(), cause.getClass().getSimpleName()});
            return;
        }
        ledger.sent(claim.id(), now());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
