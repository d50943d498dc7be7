package org.openxeco.account;

/**
 * What a member edits on their profile page, with whether they accept campaign mails.
 */
public record ProfileData(String displayName, String jobTitle, String bio, boolean visible,
        boolean acceptsCommunication) {
}
