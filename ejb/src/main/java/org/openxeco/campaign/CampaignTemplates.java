package org.openxeco.campaign;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;

/**
 * The templates campaign mails are laid out with. Every template keeps the content slot
 * {@value CampaignTemplate#SLOT}; a standard one is made the first time any is needed.
 * Administrators only.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class CampaignTemplates {

    private static final Logger LOG = Logger.getLogger(CampaignTemplates.class.getName());

    /** The name of the template made when none exists. */
    static final String STANDARD_NAME = "Standard";
    static final String STANDARD_HTML = "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            + "<tr><td align=\"center\" style=\"background-color:#f4f5f7;padding:24px\">"
            + "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\">"
            + "<tr><td style=\"background-color:#ffffff;padding:32px;font-family:Arial,"
            + "sans-serif;font-size:15px;line-height:1.5;color:#1f2933\">"
            + CampaignTemplate.SLOT + "</td></tr></table></td></tr></table>";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Every template by name, the standard one made first if there is none. */
    public List<CampaignTemplate> list() {
        Roles.requireAdmin(context);
        standard();
        return em.createQuery("select t from CampaignTemplate t order by t.name",
                CampaignTemplate.class).getResultList();
    }

    /** One template. */
    public CampaignTemplate get(UUID uuid) {
        Roles.requireAdmin(context);
        return find(uuid);
    }

    /**
     * Creates a template (uuid null) or changes one read at the given version. The HTML is
     * sanitised; a name already used or HTML without the content slot is refused.
     */
    public CampaignTemplate save(UUID uuid, long version, String name, String html) {
        Roles.requireAdmin(context);
        String cleanName = name == null ? "" : name.strip();
        String clean = MailHtml.template(html);
        List<FieldError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(Problems.field("name", "campaign.templateNameRequired"));
        } else if (cleanName.length() > 200) {
            errors.add(Problems.field("name", "text.tooLong", 200));
        } else if (nameTaken(cleanName, uuid)) {
            errors.add(Problems.field("name", "campaign.templateNameTaken", cleanName));
        }
        if (!clean.contains(CampaignTemplate.SLOT)) {
            errors.add(Problems.field("html", "campaign.templateSlot", CampaignTemplate.SLOT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CampaignTemplate template;
        if (uuid == null) {
            template = new CampaignTemplate(cleanName, clean, now);
            em.persist(template);
        } else {
            template = find(uuid);
            if (template.getVersion() != version) {
                throw new StaleVersionException("Template " + uuid, version,
                        template.getVersion());
            }
            template.change(cleanName, clean, now);
        }
        em.flush();
        LOG.info(() -> "Campaign template " + template.getUuid() + " saved");
        return template;
    }

    /** The standard template (the oldest one), made now if no template exists yet. */
    public CampaignTemplate standard() {
        Roles.requireAdmin(context);
        List<CampaignTemplate> any = em.createQuery("select t from CampaignTemplate t"
                + " order by t.created, t.id", CampaignTemplate.class).setMaxResults(1)
                .getResultList();
        if (!any.isEmpty()) {
            return any.get(0);
        }
        CampaignTemplate made = new CampaignTemplate(STANDARD_NAME, STANDARD_HTML,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(made);
        em.flush();
        LOG.info("Made the standard campaign template");
        return made;
    }

    private CampaignTemplate find(UUID uuid) {
        return em.createQuery("select t from CampaignTemplate t where t.uuid = :uuid",
                CampaignTemplate.class).setParameter("uuid", uuid.toString()).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Template", uuid));
    }

    private boolean nameTaken(String name, UUID except) {
        return em.createQuery("select t.uuid from CampaignTemplate t where lower(t.name) ="
                + " lower(:name)", String.class).setParameter("name", name).getResultStream()
                .anyMatch(u -> except == null || !u.equals(except.toString()));
    }
}
