package org.openxeco.web.account;

import java.io.IOException;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.MemberProfiles;
import org.openxeco.account.PublicProfile;
import org.openxeco.kernel.NotFoundException;

/** A member's public profile for anyone; a private or unknown one answers 404. */
@Named
@RequestScoped
public class PublicProfilePage {

    @Inject
    MemberProfiles profiles;

    private String id;
    private PublicProfile profile;

    /** Loads the profile when the page opens, or answers 404. */
    public void load() throws IOException {
        try {
            profile = profiles.publicProfile(UUID.fromString(id == null ? "" : id));
        } catch (NotFoundException | IllegalArgumentException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    // Faces 4.0 reads no record components, so the page reads the profile through these.
    public String getName() {
        return profile == null ? "" : profile.name();
    }

    public String getJobTitle() {
        return profile == null ? null : profile.jobTitle();
    }

    public java.time.Instant getMemberSince() {
        return profile == null ? null : profile.memberSince();
    }

    /** The biography's paragraphs, shown as text (escaped), one per blank-line block. */
    public String[] getParagraphs() {
        return profile == null || profile.bio() == null ? new String[0]
                : profile.bio().split("\\n\\s*\\n");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
