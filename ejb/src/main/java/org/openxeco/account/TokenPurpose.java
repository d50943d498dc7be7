package org.openxeco.account;

/** What a mailed token proves when its link is followed. */
public enum TokenPurpose {
    /** The address given at sign-up belongs to the person who signed up. */
    VERIFY_EMAIL,
    /** The new address a signed-in member asked for belongs to them. */
    CHANGE_EMAIL,
    /** The person may choose a new password without knowing the old one. */
    RESET_PASSWORD
}
