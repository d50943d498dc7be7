package org.openxeco.web.my.forms;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.form.AnswerInput;
import org.openxeco.form.Form;
import org.openxeco.form.FormAnswers;
import org.openxeco.form.FormResponse;
import org.openxeco.form.FormState;
import org.openxeco.form.ResponseState;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.membership.MemberEntities;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * A member answering one form, for themselves or for the entity named by {@code entity}: the
 * questions with what they entered, saved as a draft or sent. A refused answer shows its
 * problem next to each question and keeps every value; a sent answer is shown read-only. An
 * answer saved by someone else since the page was loaded is not overwritten.
 */
@Named
@ViewScoped
public class MyFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "answer-form";

    @Inject
    transient FormAnswers answers;

    @Inject
    transient MemberEntities entities;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String id;
    private String entity;
    private UUID uuid;
    private UUID entityUuid;
    private String title;
    private String description;
    private String entityName;
    private boolean open;
    private ResponseState state;
    private Instant submitted;
    /** The version of the stored answer this page was loaded with; null when none was. */
    private Long version;
    private List<AnswerField> fields = List.of();

    /** Reads the form and the member's answer; 404 for a form or entity not theirs to see. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            uuid = UUID.fromString(id == null ? "" : id.strip());
            entityUuid = entity == null || entity.isBlank() ? null
                    : UUID.fromString(entity.strip());
            Form form = answers.form(uuid);
            Optional<FormResponse> response = answers.response(uuid, entityUuid);
            title = form.getTitle();
            description = form.getDescription();
            open = form.getState() == FormState.PUBLISHED;
            fields = form.getQuestions().stream().map(AnswerField::new).toList();
            response.ifPresent(this::show);
            if (entityUuid != null) {
                entityName = entities.get(entityUuid).getName();
            }
        } catch (IllegalArgumentException | NotFoundException | NotAllowedException
                | InvalidInputException e) {
            notFound();
        }
    }

    private void show(FormResponse response) {
        state = response.getState();
        version = response.getVersion();
        submitted = response.getSubmitted();
        for (AnswerField field : fields) {
            response.getAnswers().stream()
                    .filter(a -> a.getQuestion().getUuid().equals(field.getQuestion()))
                    .findFirst().ifPresent(field::show);
        }
    }

    /** Keeps the answers as a draft. */
    public String save() {
        return store(false);
    }

    /** Sends the answers for good. */
    public String submit() {
        return store(true);
    }

    private String store(boolean submit) {
        Map<UUID, AnswerInput> inputs = new LinkedHashMap<>();
        fields.forEach(f -> inputs.put(f.getQuestion(), f.input()));
        try {
            answers.save(uuid, entityUuid, inputs, submit, version);
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
            return null;
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
            return null;
        }
        texts.info(submit ? "my.sent" : "my.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/my/forms/answer?faces-redirect=true&id=" + uuid
                + (entityUuid == null ? "" : "&entity=" + entityUuid);
    }

    private void showProblems(InvalidInputException invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        texts.error(null, texts.get("my.fix"));
        for (FieldError error : invalid.errors()) {
            int index = indexOf(error.field());
            String clientId = index < 0 ? null : FORM + ":questions:" + index + ":q";
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    error.message(), null));
        }
        faces.validationFailed();
    }

    private int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getQuestion().toString().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Whether the member can still change the answers. */
    public boolean isEditable() {
        return open && state != ResponseState.SUBMITTED;
    }

    public boolean isSent() {
        return state == ResponseState.SUBMITTED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getEntityName() {
        return entityName;
    }

    public boolean isForEntity() {
        return entityUuid != null;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant getSubmitted() {
        return submitted;
    }

    public List<AnswerField> getFields() {
        return fields;
    }
}
