package org.openxeco.campaign;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * A reusable HTML layout for campaign mails. Its {@link #SLOT} marks where each campaign's
 * text goes; a template without it is refused.
 */
@Entity
@Table(name = "campaign_template")
public class CampaignTemplate {

    /** The content slot every template holds exactly where the campaign text goes. */
    public static final String SLOT = "{{content}}";

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100000)
    private String html;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    protected CampaignTemplate() {
    }

    CampaignTemplate(String name, String html, Instant now) {
        this.name = name;
        this.html = html;
        this.created = now;
        this.updated = now;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getHtml() {
        return html;
    }

    public Instant getUpdated() {
        return updated;
    }

    void change(String newName, String newHtml, Instant now) {
        name = newName;
        html = newHtml;
        updated = now;
    }

    /** The template with the campaign's text in its slot. */
    String fill(String content) {
        return html.replace(SLOT, content);
    }
}
