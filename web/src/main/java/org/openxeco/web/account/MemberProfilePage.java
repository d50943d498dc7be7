package org.openxeco.web.account;

import java.io.Serializable;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.Account;
import org.openxeco.account.MemberProfiles;
import org.openxeco.account.ProfileData;
import org.openxeco.kernel.DomainException;

/**
 * The signed-in person's profile: display name, job title, biography, visibility, and whether
 * they accept campaign mails.
 */
@Named
@ViewScoped
public class MemberProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberProfiles profiles;

    @Inject
    AccountTexts texts;

    private UUID id;
    private String displayName;
    private String jobTitle;
    private String bio;
    private boolean visible;
    private boolean shownPublic;
    private boolean acceptsCommunication;

    @PostConstruct
    void load() {
        show(profiles.own());
    }

    public void save() {
        try {
            show(profiles.save(new ProfileData(displayName, jobTitle, bio, visible,
                    acceptsCommunication)));
            texts.info("profile.saved");
        } catch (DomainException refusal) {
            texts.show(refusal, "profile");
        }
    }

    private void show(Account account) {
        id = account.getUuid();
        displayName = account.getDisplayName();
        jobTitle = account.getProfile().getJobTitle();
        bio = account.getProfile().getBio();
        visible = account.getProfile().isPublic();
        shownPublic = visible;
        acceptsCommunication = account.isAcceptsCommunication();
    }

    /** Whether the saved profile is public, so its public page can be linked. */
    public boolean isShownPublic() {
        return shownPublic;
    }

    public UUID getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    /** Whether the person accepts campaign mails from the node. */
    public boolean isAcceptsCommunication() {
        return acceptsCommunication;
    }

    public void setAcceptsCommunication(boolean acceptsCommunication) {
        this.acceptsCommunication = acceptsCommunication;
    }
}
