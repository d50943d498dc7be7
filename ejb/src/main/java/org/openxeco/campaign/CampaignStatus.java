package org.openxeco.campaign;

/** Where a campaign stands: written, waiting for its time, being sent, or done. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    DONE
}
