package org.openxeco.web.admin.forms;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.form.Form;
import org.openxeco.form.FormBuilder;
import org.openxeco.form.FormResults;
import org.openxeco.form.FormState;
import org.openxeco.form.QuestionData;
import org.openxeco.form.QuestionType;
import org.openxeco.form.Respondent;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * One form in the builder: its title, description and respondents, its questions with the
 * editor of one question at a time, and the steps from draft to published to closed.
 */
@Named
@ViewScoped
public class FormEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String QUESTION_FORM = "question-form";

    @Inject
    transient FormBuilder builder;

    @Inject
    transient FormResults results;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String id;
    private UUID uuid;
    private long version;
    private String title;
    private String description;
    private Respondent respondent;
    private FormState state;
    private boolean answered;
    private List<QuestionRow> questions = List.of();
    private final QuestionEditor editor = new QuestionEditor();

    /** Reads the form named by {@code id}; 404 when there is none. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            uuid = UUID.fromString(id == null ? "" : id.strip());
            show(builder.get(uuid));
        } catch (IllegalArgumentException | NotFoundException e) {
            notFound();
        }
    }

    private void show(Form form) {
        version = form.getVersion();
        title = form.getTitle();
        description = form.getDescription();
        respondent = form.getRespondent();
        state = form.getState();
        questions = form.getQuestions().stream().map(QuestionRow::of).toList();
        answered = results.responses(uuid).values().stream().mapToLong(Long::longValue)
                .sum() > 0;
    }

    private void reload() {
        show(builder.get(uuid));
    }

    /** Saves the title, description and respondents. */
    public void describe() {
        try {
            show(builder.describe(uuid, version, title, description, respondent));
            texts.info("form.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal, "describe-form");
        }
    }

    /** Opens the editor on a new question. */
    public void newQuestion() {
        editor.start(null, new QuestionData(QuestionType.SHORT_TEXT, null, null, false,
                List.of()));
    }

    /** Opens the editor on a stored question. */
    public void editQuestion(QuestionRow row) {
        editor.start(row.uuid(), row.data());
    }

    /** Stores the question in the editor and closes it. */
    public void saveQuestion() {
        try {
            QuestionData data = editor.data();
            if (editor.getQuestion() == null) {
                builder.addQuestion(uuid, data);
            } else {
                builder.updateQuestion(uuid, editor.getQuestion(), data);
            }
            editor.stop();
            reload();
            texts.info("edit.questionSaved");
        } catch (DomainException refusal) {
            refusals.show(refusal, QUESTION_FORM);
        }
    }

    public void cancelQuestion() {
        editor.stop();
    }

    /** Moves a question one place up (negative) or down (positive). */
    public void move(QuestionRow row, int places) {
        act(() -> builder.moveQuestion(uuid, row.uuid(), places), null);
    }

    public void remove(QuestionRow row) {
        act(() -> builder.removeQuestion(uuid, row.uuid()), "edit.questionRemoved");
    }

    public void publish() {
        act(() -> builder.publish(uuid), "edit.published");
    }

    public void close() {
        act(() -> builder.close(uuid), "edit.closed");
    }

    /** Deletes the draft form and goes back to the list. */
    public String delete() {
        try {
            builder.delete(uuid);
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
            return null;
        }
        texts.info("edit.deleted");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/forms/index?faces-redirect=true";
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            reload();
            if (done != null) {
                texts.info(done);
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public boolean isEditable() {
        return state != FormState.CLOSED;
    }

    public boolean isDraft() {
        return state == FormState.DRAFT;
    }

    public boolean isPublished() {
        return state == FormState.PUBLISHED;
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public QuestionEditor getEditor() {
        return editor;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public FormState getState() {
        return state;
    }

    public boolean isAnswered() {
        return answered;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
