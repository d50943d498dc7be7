package org.openxeco.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * A questionnaire: its title and description, who answers it (members or their entities),
 * its state and its questions in order.
 */
@Entity
@Table(name = "form_definition")
public class Form {

    /** The longest title. */
    public static final int TITLE_MAX = 300;
    /** The longest description. */
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondent respondent = Respondent.MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormState state = FormState.DRAFT;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Form() {
    }

    Form(String title, String description, Respondent respondent, Instant now) {
        describe(title, description, respondent, now);
        created = now;
    }

    final void describe(String title, String description, Respondent respondent, Instant now) {
        this.title = title;
        this.description = description;
        this.respondent = respondent;
        updated = now;
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

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public FormState getState() {
        return state;
    }

    void setState(FormState state, Instant now) {
        this.state = state;
        updated = now;
    }

    void touch(Instant now) {
        updated = now;
    }

    /** The questions in the order members see them. */
    public List<Question> getQuestions() {
        return questions;
    }

    /** Numbers the questions 0, 1, 2… in their list order. */
    void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setPosition(i);
        }
    }
}
