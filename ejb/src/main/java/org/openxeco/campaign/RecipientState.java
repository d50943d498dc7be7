package org.openxeco.campaign;

/**
 * How the mail to one recipient went: waiting, claimed by a sender, taken by the mail server,
 * refused or interrupted (with a reason), or left out because the person unsubscribed after
 * the campaign started.
 */
public enum RecipientState {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    SKIPPED
}
