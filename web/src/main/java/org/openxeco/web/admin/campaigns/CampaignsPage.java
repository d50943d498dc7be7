package org.openxeco.web.admin.campaigns;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.campaign.Campaign;
import org.openxeco.campaign.CampaignProgress;
import org.openxeco.campaign.Campaigns;

/** Every campaign, newest first, with its state and how far its sending went. */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Campaigns campaigns;

    private List<Row> rows;

    /** One campaign in the list. */
    public record Row(UUID uuid, String subject, String status, Instant created, Instant sendAt,
            long sent, long total) implements Serializable {
    }

    @PostConstruct
    void load() {
        rows = campaigns.list().stream().map(this::row).toList();
    }

    private Row row(Campaign c) {
        CampaignProgress progress = campaigns.progress(c.getUuid());
        return new Row(c.getUuid(), c.getSubject(), c.getStatus().name(), c.getCreated(),
                c.getSendAt(), progress.sent(), progress.total());
    }

    public List<Row> getRows() {
        return rows;
    }
}
