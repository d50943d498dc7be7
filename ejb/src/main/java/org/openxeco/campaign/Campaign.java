package org.openxeco.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * One mail to many: subject, sanitised HTML body, template, audience and when it leaves. Its
 * recipients are fixed when sending starts, so a later unsubscription still counts.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 100000)
    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private CampaignTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    /** The chosen taxonomy values' UUIDs, separated by spaces. */
    @Column(length = 4000)
    private String tags;

    /** The uploaded addresses, one per line, as checked. */
    @Column(name = "address_list", length = 1000000)
    private String addressList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(name = "send_at")
    private Instant sendAt;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    private Instant started;

    @Convert(converter = InstantConverter.class)
    private Instant finished;

    protected Campaign() {
    }

    Campaign(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.created = now;
    }

    Long id() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public CampaignTemplate getTemplate() {
        return template;
    }

    public Audience getAudience() {
        return audience;
    }

    /** The chosen taxonomy values of a {@link Audience#TAGGED} campaign. */
    public List<UUID> getTags() {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(" ")).map(UUID::fromString).toList();
    }

    /** The addresses of a {@link Audience#LIST} campaign, one per line. */
    public String getAddressList() {
        return addressList;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public Instant getCreated() {
        return created;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getFinished() {
        return finished;
    }

    void write(CampaignDraft draft, CampaignTemplate chosen) {
        subject = draft.subject();
        body = draft.body();
        template = chosen;
        audience = draft.audience();
        tags = String.join(" ", draft.tags().stream().map(UUID::toString).toList());
        addressList = draft.audience() == Audience.LIST ? String.join("\n", draft.addresses())
                : null;
    }

    void schedule(Instant at) {
        status = CampaignStatus.SCHEDULED;
        sendAt = at;
    }

    void unschedule() {
        status = CampaignStatus.DRAFT;
        sendAt = null;
    }
}
