package org.openxeco.web.admin.entities;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.media.MediaService;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.EntityRows.AddressRow;
import org.openxeco.web.admin.entities.FormRows.IdentifierRow;
import org.openxeco.web.ui.EntityRows.WebsiteRow;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.TagPicker;
import org.openxeco.web.ui.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * Creates, changes and deletes one entity. The version read when the page opened is kept, so
 * a save after someone else's change is refused, naming who changed it and when, and the
 * typed values stay on screen.
 */
@Named
@ViewScoped
public class EntityEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "entity-form";

    @Inject
    transient OrganisationService organisations;
    @Inject
    transient MediaService media;
    @Inject
    transient TaxonomyService taxonomies;
    @Inject
    Preferences preferences;
    @Inject
    Texts texts;
    @Inject
    Refusals refusals;

    private String id;
    private UUID uuid;
    private long version;
    private String savedName;
    private String savedLogoHash;
    private String logoHash;
    private boolean missing;
    private EntityForm form = new EntityForm();
    private final TagPicker tags = new TagPicker();

    /** Reads the entity named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        tags.build(taxonomies, preferences.getLanguage(), ObjectType.ENTITY);
        if (id == null || id.isBlank()) {
            tags.select(List.of());
            return;
        }
        try {
            show(organisations.get(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException | DomainException e) {
            missing = true;
            texts.error(null, texts.get("entity.notFound"));
        }
    }

    private void show(Organisation organisation) {
        uuid = organisation.getUuid();
        version = organisation.getVersion();
        savedName = organisation.getName();
        savedLogoHash = organisation.getLogoHash();
        logoHash = savedLogoHash;
        form = EntityForm.of(organisation);
        tags.select(organisation.getTags().stream().map(TaxonomyValue::getUuid).toList());
    }

    /** Saves the typed values and, when it changed, the logo. */
    public String save() {
        boolean created = uuid == null;
        try {
            Organisation saved = created
                    ? organisations.create(form.toOrganisation(), tags.selected())
                    : organisations.update(uuid, version, form.toOrganisation(),
                            tags.selected());
            uuid = saved.getUuid();
            version = saved.getVersion();
            if (!same(logoHash, saved.getLogoHash())) {
                saved = organisations.setLogo(uuid, version, logoHash);
            }
            show(saved);
        } catch (StaleVersionException e) {
            texts.error(null, texts.get("refusal.stale"));
            texts.error(null, refusals.lastChange(uuid));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (DomainException e) {
            refusals.show(e, FORM);
            return null;
        }
        texts.info(created ? "entity.created" : "entity.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/entity?faces-redirect=true&id=" + uuid;
    }

    /** Deletes the entity and goes back to the table. */
    public String delete() {
        try {
            organisations.delete(uuid, version);
        } catch (StaleVersionException e) {
            texts.error(null, texts.get("refusal.stale"));
            texts.error(null, refusals.lastChange(uuid));
            return null;
        } catch (DomainException e) {
            refusals.show(e, FORM);
            return null;
        }
        texts.info("entity.deleted");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/entities?faces-redirect=true";
    }

    /** Stores an uploaded image; the entity points to it when saved. */
    public void upload(FileUploadEvent event) throws IOException {
        try {
            logoHash = media.store(event.getFile().getContent(), event.getFile().getFileName())
                    .getHash();
            texts.info("entity.logo.stored");
        } catch (DomainException e) {
            refusals.show(e, FORM);
        }
    }

    public void removeLogo() {
        logoHash = null;
    }

    public void addWebsite() {
        form.getWebsites().add(new WebsiteRow(""));
    }

    public void removeWebsite(int index) {
        form.getWebsites().remove(index);
    }

    public void addAddress() {
        form.getAddresses().add(new AddressRow());
    }

    public void removeAddress(int index) {
        form.getAddresses().remove(index);
    }

    public void addIdentifier() {
        form.getIdentifiers().add(new IdentifierRow());
    }

    public void removeIdentifier(int index) {
        form.getIdentifiers().remove(index);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The page heading: the stored name, or that the entity is new. */
    public String getTitle() {
        return uuid == null ? texts.get("entity.title.new")
                : texts.get("entity.title.edit", savedName);
    }

    public boolean isStored() {
        return uuid != null;
    }

    public boolean isMissing() {
        return missing;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getLogoHash() {
        return logoHash;
    }

    public boolean isLogoChanged() {
        return !same(logoHash, savedLogoHash);
    }

    public long getMaxLogoBytes() {
        return media.maxLogoBytes();
    }

    public EntityForm getForm() {
        return form;
    }

    public TagPicker getTags() {
        return tags;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public IdentifierScheme[] getIdentifierSchemes() {
        return IdentifierScheme.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
