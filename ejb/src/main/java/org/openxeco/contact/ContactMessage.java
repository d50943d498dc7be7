package org.openxeco.contact;

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
 * A message a visitor sent through the contact form: who they say they are, their address,
 * subject and plain text, open until an administrator closes it.
 */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

    static final int NAME_MAX = 200;
    static final int SUBJECT_MAX = 200;
    static final int MESSAGE_MAX = 5000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Column(name = "sender_name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "message_text", nullable = false, length = MESSAGE_MAX)
    private String message;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 200)
    private String closedBy;

    /** The SHA-256 of the form's stamp: a stamp brings one message only. */
    @Column(name = "stamp_hash", unique = true, length = 64)
    private String stampHash;

    protected ContactMessage() {
    }

    ContactMessage(String name, String email, String subject, String message, Instant now,
            String stampHash) {
        this.name = name;
        this.stampHash = stampHash;
        this.email = email;
        this.subject = subject;
        this.message = message;
        this.created = now;
    }

    void close(Instant at, String by) {
        closedAt = at;
        closedBy = by;
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

    public String getEmail() {
        return email;
    }

    public String getSubject() {
        return subject;
    }

    /** The plain text as sent, to be escaped wherever it is shown. */
    public String getMessage() {
        return message;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
