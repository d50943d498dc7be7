package org.openxeco.web.my;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.PageRequest;
import org.openxeco.membership.AttachmentRequests;
import org.openxeco.membership.MemberRequest;
import org.openxeco.membership.ProposedEntity;
import org.openxeco.web.ui.EntityChoice;

/**
 * The member's requests with their status and the administrator's message; asks to be
 * attached to an entity, proposes a new one, and withdraws a waiting request.
 */
@Named
@ViewScoped
public class MyRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentRequests requests;

    @Inject
    OrganisationService organisations;

    @Inject
    MemberTexts texts;

    private transient List<MemberRequest> mine;
    private EntityChoice entity;
    private String reason;
    private String name;
    private OrganisationKind kind = OrganisationKind.COMPANY;
    private String countryCode;
    private String website;
    private String email;
    private String description;
    private String proposalReason;

    public String requestAttachment() {
        if (entity == null) {
            texts.fieldError("attach-form", "entity", "requests.entity.missing");
            return null;
        }
        if (reason == null || reason.isBlank()) {
            texts.fieldError("attach-form", "reason", "requests.reason.missing");
            return null;
        }
        try {
            requests.requestAttachment(UUID.fromString(entity.uuid()), reason);
        } catch (DomainException e) {
            texts.refuse(e, "attach-form");
            return null;
        }
        texts.info("requests.sent", entity.name());
        return "/my/requests?faces-redirect=true";
    }

    public String propose() {
        try {
            requests.proposeEntity(new ProposedEntity(name, kind, countryCode == null ? null
                    : countryCode.strip().toUpperCase(Locale.ROOT), blank(website),
                    blank(email), blank(description)), proposalReason);
        } catch (DomainException e) {
            texts.refuse(e, "propose-form");
            return null;
        }
        texts.info("requests.proposed", name);
        return "/my/requests?faces-redirect=true";
    }

    /**
     * Withdraws the request named by the row the member clicked, at the version the page
     * showed (sent with the click), never by a position in a list read again.
     */
    public String withdraw() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        MemberRequest withdrawn;
        try {
            withdrawn = requests.withdraw(UUID.fromString(params.get("request")),
                    Long.parseLong(params.get("version")));
        } catch (DomainException e) {
            texts.refuse(e, null);
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            texts.error("refusal.decided");
            return null;
        }
        texts.info("requests.withdrawn", withdrawn.getEntityName());
        return "/my/requests?faces-redirect=true";
    }

    /** Public entities whose name contains the typed text. */
    public List<EntityChoice> completeEntity(String text) {
        OrganisationFilter filter = new OrganisationFilter(Optional.ofNullable(text)
                .map(String::strip).filter(t -> !t.isEmpty()), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        return organisations.list(filter, OrganisationSort.NAME, PageRequest.first(15)).items()
                .stream().map(EntityChoice::of).toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<MemberRequest> getMine() {
        if (mine == null) {
            mine = requests.mine();
        }
        return mine;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public EntityChoice getEntity() {
        return entity;
    }

    public void setEntity(EntityChoice entity) {
        this.entity = entity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(String proposalReason) {
        this.proposalReason = proposalReason;
    }
}
