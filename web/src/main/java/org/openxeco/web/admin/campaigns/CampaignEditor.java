package org.openxeco.web.admin.campaigns;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import org.openxeco.campaign.AddressList;
import org.openxeco.campaign.Audience;
import org.openxeco.campaign.Audiences;
import org.openxeco.campaign.Campaign;
import org.openxeco.campaign.CampaignDraft;
import org.openxeco.campaign.CampaignStatus;
import org.openxeco.campaign.CampaignTemplate;
import org.openxeco.campaign.CampaignTemplates;
import org.openxeco.campaign.Campaigns;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.TagPicker;
import org.openxeco.web.ui.Texts;

/**
 * Writes one campaign: subject, rich text, template and audience (every member, members of
 * tagged entities, or an uploaded list whose bad lines are listed), with the audience's
 * size, a preview, a test mail to oneself, and sending now or at a chosen time. Once sent,
 * the page shows the campaign's progress instead.
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "campaign";

    @Inject
    transient Campaigns campaigns;

    @Inject
    transient CampaignTemplates templates;

    @Inject
    transient Audiences audiences;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Inject
    Preferences preferences;

    private String id;
    private UUID uuid;
    private long version;
    private CampaignStatus status = CampaignStatus.DRAFT;
    private String subject;
    private String body;
    private String template;
    private Audience audience = Audience.MEMBERS;
    private final AddressField addresses = new AddressField();
    private Integer count;
    private String preview;
    private LocalDateTime sendAt;
    private List<CampaignTemplate> templateChoices;
    private final TagPicker tags = new TagPicker();

    /** Reads the campaign named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        templateChoices = templates.list();
        tags.build(taxonomies, preferences.getLanguage(), ObjectType.ENTITY);
        tags.select(List.of());
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            show(campaigns.get(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException | DomainException e) {
            texts.error(null, texts.get("campaign.notFound"));
        }
    }

    private void show(Campaign campaign) {
        uuid = campaign.getUuid();
        version = campaign.getVersion();
        status = campaign.getStatus();
        subject = campaign.getSubject();
        body = campaign.getBody();
        template = campaign.getTemplate().getUuid().toString();
        audience = campaign.getAudience();
        addresses.setText(campaign.getAddressList());
        tags.select(campaign.getTags());
    }

    /** Stores the draft; true when it was stored. */
    public boolean save() {
        CampaignDraft draft = draft();
        if (draft == null) {
            return false;
        }
        try {
            show(uuid == null ? campaigns.create(draft) : campaigns.update(uuid, version, draft));
            id = uuid.toString();
            return true;
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
            return false;
        }
    }

    /** Stores the draft and says so. */
    public void saveDraft() {
        if (save()) {
            texts.info("campaign.saved");
        }
    }

    /** Counts the people the audience reaches now. */
    public void countAudience() {
        CampaignDraft draft = draft();
        if (draft != null) {
            count = run(() -> audiences.count(draft));
        }
    }

    /** Shows the mail as recipients will see it. */
    public void showPreview() {
        CampaignDraft draft = draft();
        if (draft != null) {
            preview = run(() -> campaigns.preview(draft));
        }
    }

    /** Stores the draft and mails it to the administrator's own address. */
    public void sendTest() {
        if (save()) {
            String to = run(() -> campaigns.sendTest(uuid));
            if (to != null) {
                texts.info("campaign.testSent", to);
            }
        }
    }

    /** Stores the draft and hands it to the sender, now or at the chosen time. */
    public String send(boolean now) {
        if (!now && sendAt == null) {
            texts.error(FORM + ":sendAt", texts.get("campaign.sendAtRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        if (!save()) {
            return null;
        }
        var at = now || sendAt == null ? null : sendAt.atZone(preferences.zone()).toInstant();
        Campaign scheduled = run(() -> campaigns.schedule(uuid, version, at));
        if (scheduled == null) {
            return null;
        }
        return "/admin/campaigns/edit?faces-redirect=true&id=" + uuid;
    }

    /** Reads an uploaded list of addresses into the list field, naming its bad lines. */
    public void upload(FileUploadEvent event) {
        audience = Audience.LIST;
        if (!addresses.read(event.getFile())) {
            texts.error(FORM + ":addresses", texts.get("campaign.uploadRefused",
                    AddressField.MAX_UPLOAD >> 20));
        }
    }

    private CampaignDraft draft() {
        AddressList list = addresses.check();
        if (audience != Audience.LIST) {
            addresses.clearErrors();
        } else if (!list.errors().isEmpty()) {
            texts.error(FORM + ":addresses", texts.get("campaign.badLines",
                    list.errors().size()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return new CampaignDraft(subject, body, template == null || template.isBlank() ? null
                : UUID.fromString(template), audience, tags.selected(ObjectType.ENTITY),
                audience == Audience.LIST ? list.addresses() : List.of());
    }

    private <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
            return null;
        }
    }

    public boolean isEditable() {
        return status == CampaignStatus.DRAFT;
    }

    public UUID getUuid() {
        return uuid;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public AddressField getAddresses() {
        return addresses;
    }

    public Integer getCount() {
        return count;
    }

    public String getPreview() {
        return preview;
    }

    public List<CampaignTemplate> getTemplateChoices() {
        return templateChoices;
    }

    public TagPicker getTags() {
        return tags;
    }

    public Audience[] getAudienceChoices() {
        return Audience.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }
}
