package org.openxeco.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.NewUuids;

/** One question of a form: its type, wording, help text, whether it is required, its choices. */
@Entity
@Table(name = "form_question")
public class Question {

    /** The longest wording. */
    public static final int LABEL_MAX = 500;
    /** The longest help text. */
    public static final int HELP_MAX = 1000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id")
    private Form form;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionType type;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(length = HELP_MAX)
    private String help;

    @Column(nullable = false)
    private boolean required;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();

    protected Question() {
    }

    Question(Form form, QuestionType type) {
        this.form = form;
        this.type = type;
    }

    Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public Form getForm() {
        return form;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public QuestionType getType() {
        return type;
    }

    void setType(QuestionType type) {
        this.type = type;
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    void word(String label, String help, boolean required) {
        this.label = label;
        this.help = help;
        this.required = required;
    }

    /** The choices in the order members see them; empty for other types. */
    public List<Choice> getChoices() {
        return choices;
    }

    /** The choice of this id, if it belongs to the question. */
    public Optional<Choice> choice(UUID choice) {
        return choices.stream().filter(c -> c.getUuid().equals(choice)).findFirst();
    }
}
