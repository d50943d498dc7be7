package org.openxeco.mail;

import java.time.Instant;

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

/**
 * An administrator's text for one kind of system mail in one language, used instead of the
 * bundled default until it is reset. Subject and body carry named placeholders.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "mail_kind", nullable = false, updatable = false, length = 60)
    private String kind;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected MailTemplate() {
    }

    MailTemplate(MailKind kind, String language) {
        this.kind = kind.key();
        this.language = language;
    }

    void change(String newSubject, String newBody, Instant at, String by) {
        subject = newSubject;
        body = newBody;
        updated = at;
        updatedBy = by;
    }

    public String getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdated() {
        return updated;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
