package org.openxeco.notification;

import jakarta.persistence.Column;
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

/** A member's choice of how to hear of one topic: in the portal, by e-mail, both or neither. */
@Entity
@Table(name = "notification_choice")
public class NotificationChoice {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private NotificationTopic topic;

    @Column(name = "in_portal", nullable = false)
    private boolean inPortal;

    @Column(name = "by_mail", nullable = false)
    private boolean byMail;

    protected NotificationChoice() {
    }

    NotificationChoice(Account account, NotificationTopic topic) {
        this.account = account;
        this.topic = topic;
    }

    void change(boolean portal, boolean mail) {
        inPortal = portal;
        byMail = mail;
    }

    NotificationTopic.Choice choice() {
        return new NotificationTopic.Choice(topic, inPortal, byMail);
    }
}
