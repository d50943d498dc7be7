package org.openxeco.campaign;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.account.Emails;
import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.mail.Mailer;

/**
 * Campaigns as administrators write them: drafts that can be changed, previewed and tried
 * on oneself, then sent now or scheduled; once scheduled, the background sender takes over
 * and its progress is read here. Administrators only.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class Campaigns {

    private static final Logger LOG = Logger.getLogger(Campaigns.class.getName());
    /** The token shown in previews and test mails: it unsubscribes nobody. */
    static final String SAMPLE_TOKEN = "preview";

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignTemplates templates;

    @Inject
    Audiences audiences;

    @Inject
    Mailer mailer;

    @Inject
    NodeUris uris;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "openxeco.node.name", defaultValue = "openXeco node")
    String nodeName;

    /** Every campaign, newest first. */
    public List<Campaign> list() {
        Roles.requireAdmin(context);
        return em.createQuery("select c from Campaign c order by c.created desc, c.id desc",
                Campaign.class).setMaxResults(500).getResultList();
    }

    /** One campaign. */
    public Campaign get(UUID uuid) {
        Roles.requireAdmin(context);
        return find(uuid);
    }

    /** Stores a new draft after checking it. */
    public Campaign create(CampaignDraft draft) {
        Roles.requireAdmin(context);
        CampaignTemplate template = check(draft);

        Campaign campaign = new Campaign(caller(), now());
        campaign.write(clean(draft), template);
        em.persist(campaign);
        em.flush();
        LOG.info(() -> "Campaign " + campaign.getUuid() + " written");
        return campaign;
    }

    /** Changes a draft read at the given version. */
    public Campaign update(UUID uuid, long version, CampaignDraft draft) {
        Roles.requireAdmin(context);
        Campaign campaign = draftAt(uuid, version);
        CampaignTemplate template = check(draft);

        campaign.write(clean(draft), template);
        em.flush();
        return campaign;
    }

    /** The mail as its recipients will see it (HTML), with a link that unsubscribes nobody. */
    public String preview(CampaignDraft draft) {
        Roles.requireAdmin(context);
        CampaignTemplate template = draft.template() == null ? templates.standard()
                : templates.get(draft.template());
        return sample(clean(draft), template).html();
    }

    /** Sends the campaign now to the caller's own address only, marked as a test. */
    public String sendTest(UUID uuid) {
        Roles.requireAdmin(context);
        Campaign campaign = find(uuid);
        String address = ownAddress();

        CampaignMail mail = CampaignMail.compose(content(campaign), address, null, SAMPLE_TOKEN,
                uris.baseUrl(), nodeName, true);
        mailer.sendNow(mail.mail(), mail.html(), mail.headers());
        LOG.info(() -> "Test mail of campaign " + uuid + " sent");
        return address;
    }

    /**
     * Hands a draft to the sender, to leave at the given time (now when null). A time already
     * past and an audience that reaches nobody are refused.
     */
    public Campaign schedule(UUID uuid, long version, Instant at) {
        Roles.requireAdmin(context);
        Campaign campaign = draftAt(uuid, version);
        Instant now = now();
        if (at != null && at.isBefore(now)) {
            throw Problems.invalid("sendAt", "campaign.sendAtPast");
        }
        if (audiences.targets(campaign.getAudience(), campaign.getTags(),
                campaign.getAddressList() == null ? List.of()
                        : List.of(campaign.getAddressList().split("\n"))).isEmpty()) {
            throw Problems.invalid("audience", "campaign.audienceEmpty");
        }

        campaign.schedule(at == null ? now : at.truncatedTo(ChronoUnit.MICROS));
        em.flush();
        LOG.info(() -> "Campaign " + uuid + " scheduled for " + campaign.getSendAt());
        return campaign;
    }

    /** Puts a scheduled campaign that has not started back to a draft. */
    public Campaign unschedule(UUID uuid, long version) {
        Roles.requireAdmin(context);
        Campaign campaign = find(uuid);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("Campaign " + uuid, version, campaign.getVersion());
        }
        if (campaign.getStatus() != CampaignStatus.SCHEDULED) {
            throw Problems.invalid("status", "campaign.notScheduled");
        }
        campaign.unschedule();
        em.flush();
        return campaign;
    }

    /** The recipients per state. */
    public CampaignProgress progress(UUID uuid) {
        Roles.requireAdmin(context);
        Campaign campaign = find(uuid);
        Map<RecipientState, Long> counts = new EnumMap<>(RecipientState.class);
        for (Object[] row : em.createQuery("select r.state, count(r) from Recipient r"
                + " where r.campaign = :c group by r.state", Object[].class)
                .setParameter("c", campaign).getResultList()) {
            counts.put((RecipientState) row[0], ((Number) row[1]).longValue());
        }
        return new CampaignProgress(campaign.getStatus(),
                counts.getOrDefault(RecipientState.QUEUED, 0L),
                counts.getOrDefault(RecipientState.SENDING, 0L),
                counts.getOrDefault(RecipientState.SENT, 0L),
                counts.getOrDefault(RecipientState.FAILED, 0L),
                counts.getOrDefault(RecipientState.SKIPPED, 0L));
    }

    /** The campaign's recipients in the order they are sent to, at most {@code max}. */
    public List<Recipient> recipients(UUID uuid, int max) {
        Roles.requireAdmin(context);
        return em.createQuery("select r from Recipient r where r.campaign = :c order by r.id",
                Recipient.class).setParameter("c", find(uuid)).setMaxResults(max)
                .getResultList();
    }

    private CampaignTemplate check(CampaignDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String subject = draft.subject() == null ? "" : draft.subject().strip();
        if (subject.isEmpty()) {
            errors.add(Problems.field("subject", "campaign.subjectRequired"));
        } else if (subject.length() > 300) {
            errors.add(Problems.field("subject", "text.tooLong", 300));
        }
        String body = MailHtml.body(draft.body());
        if (MailHtml.text(body).isBlank()) {
            errors.add(Problems.field("body", "campaign.bodyRequired"));
        } else if (body.length() > 100_000) {
            errors.add(Problems.field("body", "text.tooLong", 100_000));
        }
        audienceProblems(draft, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft.template() == null ? templates.standard() : templates.get(draft.template());
    }

    private void audienceProblems(CampaignDraft draft, List<FieldError> errors) {
        if (draft.audience() == null) {
            errors.add(Problems.field("audience", "campaign.audienceRequired"));
        } else if (draft.audience() == Audience.TAGGED && draft.tags().isEmpty()) {
            errors.add(Problems.field("tags", "campaign.tagsRequired"));
        } else if (draft.audience() == Audience.TAGGED) {
            try {
                audiences.targets(Audience.TAGGED, draft.tags(), List.of());
            } catch (InvalidInputException unknown) {
                errors.addAll(unknown.errors());
            }
        } else if (draft.audience() == Audience.LIST) {
            if (draft.addresses().isEmpty()) {
                errors.add(Problems.field("addresses", "campaign.addressesRequired"));
            }
            for (int i = 0; i < draft.addresses().size(); i++) {
                try {
                    Emails.checked("addresses:" + (i + 1), draft.addresses().get(i));
                } catch (InvalidInputException invalid) {
                    errors.addAll(invalid.errors());
                }
            }
        }
    }

    private static CampaignDraft clean(CampaignDraft draft) {
        return new CampaignDraft(draft.subject() == null ? "" : draft.subject().strip(),
                MailHtml.body(draft.body()), draft.template(), draft.audience(), draft.tags(),
                draft.addresses().stream().map(String::strip).toList());
    }

    private CampaignMail sample(CampaignDraft draft, CampaignTemplate template) {
        return CampaignMail.compose(new CampaignMail.Content(draft.subject(), draft.body(),
                template.getHtml()), "preview@invalid", null, SAMPLE_TOKEN, uris.baseUrl(),
                nodeName, false);
    }

    private static CampaignMail.Content content(Campaign campaign) {
        return new CampaignMail.Content(campaign.getSubject(), campaign.getBody(),
                campaign.getTemplate().getHtml());
    }

    private Campaign draftAt(UUID uuid, long version) {
        Campaign campaign = find(uuid);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("Campaign " + uuid, version, campaign.getVersion());
        }
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw Problems.invalid("status", "campaign.notDraft");
        }
        return campaign;
    }

    Campaign find(UUID uuid) {
        return em.createQuery("select c from Campaign c where c.uuid = :uuid", Campaign.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Campaign", uuid));
    }

    private String ownAddress() {
        String name = caller();
        List<String> found = em.createQuery("select a.email from Account a where a.username ="
                + " :name", String.class).setParameter("name", name).getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            throw Problems.invalid("test", "campaign.noOwnAddress");
        }
        return found.get(0);
    }

    private String caller() {
        if (context == null || SystemTask.isActive()) {
            return AuditTrail.NODE_ACTOR;
        }
        Principal principal = context.getCallerPrincipal();
        return principal == null ? AuditTrail.NODE_ACTOR : principal.getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
