package org.openxeco.web.my;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.media.MediaService;
import org.openxeco.membership.EntityChange;
import org.openxeco.membership.EntityEdit;
import org.openxeco.membership.MemberEntities;
import org.openxeco.membership.ReviewSetting;
import org.openxeco.membership.StaleChangeException;
import org.openxeco.web.ui.EntityRows.AddressRow;
import org.openxeco.web.ui.EntityRows.WebsiteRow;
import org.primefaces.event.FileUploadEvent;

/**
 * The member's editor of an entity they are attached to: names, kind, description, contacts,
 * addresses and logo. A change waiting for review is shown and edited in place of the live
 * values, so nothing typed is lost; another member's entity answers 404.
 */
@Named
@ViewScoped
public class MyEntityPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "entity-form";

    @Inject
    MemberEntities entities;

    @Inject
    ReviewSetting setting;

    @Inject
    MediaService media;

    @Inject
    MemberTexts texts;

    private String id;
    private UUID uuid;
    private long version;
    private String liveName;
    private boolean waiting;
    private Long changeVersion;
    private String declinedMessage;
    private EntityEditForm form = new EntityEditForm();

    /** Reads the entity named by the {@code id} parameter, or answers 404. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(entities.get(UUID.fromString(String.valueOf(id).strip())));
        } catch (IllegalArgumentException | NotFoundException e) {
            MemberTexts.notFound();
        }
    }

    private void show(Organisation organisation) {
        uuid = organisation.getUuid();
        version = organisation.getVersion();
        liveName = organisation.getName();
        EntityEdit values = EntityEdit.of(organisation);
        Optional<EntityChange> change = entities.waitingChange(uuid);
        waiting = change.isPresent();
        changeVersion = change.map(EntityChange::getVersion).orElse(null);
        if (waiting) {
            values = change.get().getEdit();
        }
        declinedMessage = waiting ? null : entities.declinedChange(uuid)
                .filter(c -> c.getCreated().isAfter(organisation.getUpdated()))
                .map(c -> c.getDecision().getMessage() == null ? "-"
                        : c.getDecision().getMessage()).orElse(null);
        form = EntityEditForm.of(values);
    }

    /** Saves the typed values: live at once or for review, as the node is set. */
    public String save() {
        if (!postedForShownEntity()) {
            MemberTexts.notFound();
            return null;
        }
        try {
            MemberEntities.Outcome outcome = entities.edit(uuid, version, changeVersion,
                    form.toEdit());
            texts.info(outcome == MemberEntities.Outcome.LIVE ? "entity.saved.live"
                    : "entity.saved.waiting");
        } catch (StaleChangeException e) {
            // The member is told and keeps the typed values; saving again replaces knowingly.
            changeVersion = entities.waitingChange(uuid).map(EntityChange::getVersion)
                    .orElse(null);
            texts.refuse(e, FORM);
            return null;
        } catch (DomainException e) {
            texts.refuse(e, FORM);
            return null;
        }
        return "/my/entity?faces-redirect=true&id=" + uuid;
    }

    /** Whether the request names the entity this view shows (a forged post may name another). */
    private boolean postedForShownEntity() {
        return uuid != null && uuid.toString().equals(String.valueOf(id).strip());
    }

    /** Stores an uploaded image; the entity shows it once the change is saved. */
    public void upload(FileUploadEvent event) throws IOException {
        if (!postedForShownEntity()) {
            MemberTexts.notFound();
            return;
        }
        try {
            form.setLogoHash(entities.storeLogo(uuid, event.getFile().getContent(),
                    event.getFile().getFileName()));
            texts.info("entity.logo.stored");
        } catch (DomainException e) {
            texts.refuse(e, FORM);
        }
    }

    public void removeLogo() {
        form.setLogoHash(null);
    }

    public void addWebsite() {
        form.getWebsites().add(new WebsiteRow());
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

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    /** The parts of an address, in the order the form shows them. */
    public List<String> getAddressParts() {
        return List.of("street", "postalCode", "city", "region", "countryCode");
    }

    public long getMaxLogoBytes() {
        return media.maxLogoBytes();
    }

    public boolean isReviewed() {
        return setting.reviewRequired();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getLiveName() {
        return liveName;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public String getDeclinedMessage() {
        return declinedMessage;
    }

    public EntityEditForm getForm() {
        return form;
    }
}
