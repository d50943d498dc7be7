package org.openxeco.campaign;

/** How far a campaign's sending went: recipients per state. */
public record CampaignProgress(CampaignStatus status, long queued, long sending, long sent,
        long failed, long skipped) {

    public long total() {
        return queued + sending + sent + failed + skipped;
    }

    /** The share of recipients handled, 0 to 100. */
    public int percent() {
        long total = total();
        return total == 0 ? (status == CampaignStatus.DONE ? 100 : 0)
                : (int) ((total - queued - sending) * 100 / total);
    }
}
