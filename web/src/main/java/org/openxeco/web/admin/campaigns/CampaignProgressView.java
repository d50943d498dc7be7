package org.openxeco.web.admin.campaigns;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.campaign.CampaignProgress;
import org.openxeco.campaign.CampaignStatus;
import org.openxeco.campaign.Campaigns;
import org.openxeco.campaign.Recipient;

/**
 * The progress of a campaign being sent, read again every few seconds while it runs: the
 * recipients per state and the first of them with their state and, for a failure, why.
 */
@Named
@ViewScoped
public class CampaignProgressView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    transient Campaigns campaigns;

    private UUID uuid;
    private CampaignProgress progress;
    private List<Row> recipients = List.of();

    /** One recipient as the table shows it. */
    public record Row(String address, String state, String failure) implements Serializable {
    }

    /** Follows the campaign with this UUID. */
    public void follow(UUID campaign) {
        uuid = campaign;
        refresh();
    }

    /** Reads the counts and the recipients again. */
    public void refresh() {
        if (uuid == null) {
            return;
        }
        progress = campaigns.progress(uuid);
        recipients = campaigns.recipients(uuid, SHOWN).stream().map(CampaignProgressView::row)
                .toList();
    }

    private static Row row(Recipient r) {
        return new Row(r.getAddress(), r.getState().name(), r.getFailure());
    }

    /** Whether the page should keep reading the progress. */
    public boolean isRunning() {
        return progress != null && (progress.status() == CampaignStatus.SCHEDULED
                || progress.status() == CampaignStatus.SENDING);
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public List<Row> getRecipients() {
        return recipients;
    }
}
