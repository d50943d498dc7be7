package org.openxeco.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The answer to one question in a response, in the column of its type: text, number, date,
 * yes/no, or the choices picked.
 */
@Entity
@Table(name = "form_answer")
public class Answer {

    /** The longest text answer. */
    public static final int TEXT_MAX = 10000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private FormResponse response;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "text_value", length = TEXT_MAX)
    private String text;

    @Column(name = "number_value", precision = 30, scale = 10)
    private BigDecimal number;

    @Column(name = "date_value")
    private LocalDate date;

    @Column(name = "flag_value")
    private Boolean flag;

    @ManyToMany
    @JoinTable(name = "form_answer_choice", joinColumns = @JoinColumn(name = "answer_id"),
            inverseJoinColumns = @JoinColumn(name = "choice_id"))
    private List<Choice> choices = new ArrayList<>();

    protected Answer() {
    }

    Answer(FormResponse response, Question question) {
        this.response = response;
        this.question = question;
    }

    FormResponse getResponse() {
        return response;
    }

    Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public Boolean getFlag() {
        return flag;
    }

    /** The choices picked, in the question's order. */
    public List<Choice> getChoices() {
        return choices.stream().sorted(Comparator.comparingInt(Choice::getPosition))
                .toList();
    }

    void set(String text, BigDecimal number, LocalDate date, Boolean flag, List<Choice> picked) {
        this.text = text;
        this.number = number;
        this.date = date;
        this.flag = flag;
        choices.clear();
        choices.addAll(picked);
    }

    /** Whether nothing is stored in it. */
    boolean isEmpty() {
        return text == null && number == null && date == null && flag == null
                && choices.isEmpty();
    }
}
