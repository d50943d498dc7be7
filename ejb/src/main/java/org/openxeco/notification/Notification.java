package org.openxeco.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.account.Account;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * One thing the node told a member in the portal: its kind (the key of the matching mail),
 * what it is about, the deciding person's message, the portal page that shows it, and when
 * the member read it. Texts are shown in the member's language when read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int ABOUT_MAX = 500;
    static final int MESSAGE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationTopic topic;

    @Column(name = "notice_kind", nullable = false, length = 60)
    private String kind;

    @Column(length = ABOUT_MAX)
    private String about;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(length = 500)
    private String link;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Account account, NotificationTopic topic, String kind, String about,
            String message, String link, Instant now) {
        this.account = account;
        this.topic = topic;
        this.kind = kind;
        this.about = cut(about, ABOUT_MAX);
        this.message = cut(message, MESSAGE_MAX);
        this.link = link;
        this.created = now;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public NotificationTopic getTopic() {
        return topic;
    }

    /** The key of the matching mail, e.g. {@code request.approved}, also the text's key. */
    public String getKind() {
        return kind;
    }

    public String getAbout() {
        return about;
    }

    public String getMessage() {
        return message;
    }

    /** The node-relative address of the portal page that shows what it is about. */
    public String getLink() {
        return link;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
