package org.openxeco.account;

/** What a member edits on their profile page. */
public record ProfileData(String displayName, String jobTitle, String bio, boolean visible) {
}
