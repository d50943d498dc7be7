package org.openxeco.account;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * What a member tells about themself: a job title and a short plain-text biography, and
 * whether anonymous visitors may see them with the display name on the public profile page.
 */
@Embeddable
public class MemberProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest biography kept, in characters. */
    public static final int BIO_LENGTH = 2000;

    @Size(max = 200)
    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Size(max = BIO_LENGTH)
    @Column(length = BIO_LENGTH)
    private String bio;

    @Column(name = "profile_public", nullable = false)
    private boolean visible;

    public String getJobTitle() {
        return jobTitle;
    }

    public String getBio() {
        return bio;
    }

    public boolean isPublic() {
        return visible;
    }

    void change(String newJobTitle, String newBio, boolean shown) {
        jobTitle = newJobTitle;
        bio = newBio;
        visible = shown;
    }
}
