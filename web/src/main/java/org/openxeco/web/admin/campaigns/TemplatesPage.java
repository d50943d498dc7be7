package org.openxeco.web.admin.campaigns;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.campaign.CampaignTemplate;
import org.openxeco.campaign.CampaignTemplates;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The campaign templates: pick one to change it, or start a new one. A template without the
 * content slot is refused next to its HTML, and what was typed stays.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignTemplates templates;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<CampaignTemplate> list;
    private UUID uuid;
    private long version;
    private String name;
    private String html;

    @PostConstruct
    void load() {
        list = templates.list();
    }

    /** Starts a new template holding just the slot. */
    public void startNew() {
        uuid = null;
        version = 0;
        name = null;
        html = "<div>" + CampaignTemplate.SLOT + "</div>";
    }

    /** Opens a template for changes. */
    public void edit(CampaignTemplate template) {
        uuid = template.getUuid();
        version = template.getVersion();
        name = template.getName();
        html = template.getHtml();
    }

    /** Stores the template being edited. */
    public void save() {
        try {
            CampaignTemplate saved = templates.save(uuid, version, name, html);
            edit(saved);
            list = templates.list();
            texts.info("template.saved", saved.getName());
        } catch (DomainException refusal) {
            refusals.show(refusal, "template");
        }
    }

    public boolean isEditing() {
        return html != null;
    }

    public String getSlot() {
        return CampaignTemplate.SLOT;
    }

    public List<CampaignTemplate> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }
}
