package org.openxeco.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * A member's answer to a form, for themselves or on behalf of an entity: a draft until it is
 * sent. Its respondent key (the account's or the entity's) is unique per form.
 */
@Entity
@Table(name = "form_response")
public class FormResponse {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id")
    private Form form;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "respondent_key", nullable = false, length = 60)
    private String respondentKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponseState state = ResponseState.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    @Convert(converter = InstantConverter.class)
    private Instant submitted;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    protected FormResponse() {
    }

    FormResponse(Form form, Account account, Organisation organisation, Instant now) {
        this.form = form;
        this.account = account;
        this.organisation = organisation;
        respondentKey = key(account, organisation);
        created = now;
        updated = now;
    }

    /** Who a response belongs to: the entity when given, the account otherwise. */
    static String key(Account account, Organisation organisation) {
        return organisation != null ? "entity:" + organisation.getUuid()
                : "account:" + account.getUuid();
    }

    Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    public Form getForm() {
        return form;
    }

    /**
     * The member who wrote it (last, for an entity's answer); null for an entity's answer
     * whose writer deleted their account.
     */
    public Account getAccount() {
        return account;
    }

    void setAccount(Account account) {
        this.account = account;
    }

    /** The entity answered for, or null for a member's own answer. */
    public Organisation getOrganisation() {
        return organisation;
    }

    public ResponseState getState() {
        return state;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }

    /** When it was sent, or null for a draft. */
    public Instant getSubmitted() {
        return submitted;
    }

    void submit(Instant now) {
        state = ResponseState.SUBMITTED;
        submitted = now;
        updated = now;
    }

    void touch(Instant now) {
        updated = now;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    /** The answer to this question, if one is stored. */
    public Optional<Answer> answer(Question question) {
        return answers.stream().filter(a -> a.getQuestion().getUuid()
                .equals(question.getUuid())).findFirst();
    }
}
