package org.openxeco.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.notification.Notifications;

/**
 * How administrators build forms: describe them, add, edit, reorder and remove questions,
 * publish and close them. Once a form has answers, a change that would break them is refused
 * (see {@link FormRules}); wording, help texts, new choices and the order may still change.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class FormBuilder {

    private static final Logger LOG = Logger.getLogger(FormBuilder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Notifications notices;

    Clock clock = Clock.systemUTC();

    /** Every form, the latest changed first. */
    public List<Form> list() {
        Roles.requireAdmin(context);
        return em.createQuery("select f from Form f order by f.updated desc, f.id desc",
                Form.class).getResultList();
    }

    /** One form with its questions. */
    public Form get(UUID uuid) {
        Roles.requireAdmin(context);
        return find(em, uuid);
    }

    /** Starts a draft form. */
    public Form create(String title, String description, Respondent respondent) {
        Roles.requireAdmin(context);
        FormRules.checkDescription(title, description, respondent);

        Form form = new Form(title.strip(), blankToNull(description), respondent,
                clock.instant());
        em.persist(form);
        em.flush();
        LOG.info(() -> "Form " + form.getUuid() + " created");
        return form;
    }

    /** Changes the title, description and respondent of the form version the caller saw. */
    public Form describe(UUID uuid, long version, String title, String description,
            Respondent respondent) {
        Roles.requireAdmin(context);
        Form form = find(em, uuid);
        StaleVersionException.check("Form " + uuid, version, form.getVersion());
        FormRules.requireOpen(form);
        FormRules.checkDescription(title, description, respondent);
        if (respondent != form.getRespondent() && hasResponses(form)) {
            throw new ConflictException("form-answered", Problems.text("form.answered.respondent"));
        }

        form.describe(title.strip(), blankToNull(description), respondent, clock.instant());
        em.flush();
        LOG.info(() -> "Form " + uuid + " described");
        return form;
    }

    /** Adds a question at the end of a form that has no answers yet. */
    public Question addQuestion(UUID formUuid, QuestionData data) {
        Roles.requireAdmin(context);
        Form form = find(em, formUuid);
        FormRules.requireOpen(form);
        FormRules.checkQuestion(data);
        if (hasResponses(form)) {
            throw new ConflictException("form-answered", Problems.text("form.answered.add"));
        }

        Question question = new Question(form, data.type());
        apply(question, data);
        form.getQuestions().add(question);
        form.renumber();
        form.touch(clock.instant());
        em.flush();
        LOG.info(() -> "Question " + question.getUuid() + " added to form " + formUuid);
        return question;
    }

    /** Changes a question; with answers only in ways that keep them valid. */
    public Question updateQuestion(UUID formUuid, UUID questionUuid, QuestionData data) {
        Roles.requireAdmin(context);
        Form form = find(em, formUuid);
        FormRules.requireOpen(form);
        Question question = question(form, questionUuid);
        FormRules.checkQuestion(data);
        if (hasResponses(form)) {
            FormRules.checkAnsweredChange(question, data);
        }

        question.setType(data.type());
        apply(question, data);
        form.touch(clock.instant());
        em.flush();
        LOG.info(() -> "Question " + questionUuid + " of form " + formUuid + " changed");
        return question;
    }

    /** Moves a question up (negative) or down (positive) by that many places. */
    public void moveQuestion(UUID formUuid, UUID questionUuid, int places) {
        Roles.requireAdmin(context);
        Form form = find(em, formUuid);
        FormRules.requireOpen(form);
        Question question = question(form, questionUuid);

        List<Question> questions = form.getQuestions();
        int to = Math.max(0, Math.min(questions.size() - 1,
                questions.indexOf(question) + places));
        questions.remove(question);
        questions.add(to, question);
        form.renumber();
        form.touch(clock.instant());
        em.flush();
    }

    /** Removes a question of a form that has no answers yet. */
    public void removeQuestion(UUID formUuid, UUID questionUuid) {
        Roles.requireAdmin(context);
        Form form = find(em, formUuid);
        FormRules.requireOpen(form);
        Question question = question(form, questionUuid);
        if (hasResponses(form)) {
            throw new ConflictException("form-answered", Problems.text("form.answered.remove"));
        }

        form.getQuestions().remove(question);
        form.renumber();
        form.touch(clock.instant());
        em.flush();
        LOG.info(() -> "Question " + questionUuid + " removed from form " + formUuid);
    }

    /** Opens a draft form with at least one question to members' answers. */
    public Form publish(UUID uuid) {
        Roles.requireAdmin(context);
        Form form = find(em, uuid);
        FormRules.checkPublishable(form);

        form.setState(FormState.PUBLISHED, clock.instant());
        em.flush();
        notices.notifyNewForm(form.getTitle(), uuid, form.getRespondent() == Respondent.ENTITY);
        LOG.info(() -> "Form " + uuid + " published");
        return form;
    }

    /** Stops a published form from taking answers; what was sent stays. */
    public Form close(UUID uuid) {
        Roles.requireAdmin(context);
        Form form = find(em, uuid);
        if (form.getState() != FormState.PUBLISHED) {
            throw new ConflictException("form-state", Problems.text("form.close.notPublished"));
        }

        form.setState(FormState.CLOSED, clock.instant());
        em.flush();
        LOG.info(() -> "Form " + uuid + " closed");
        return form;
    }

    /** Deletes a draft form. */
    public void delete(UUID uuid) {
        Roles.requireAdmin(context);
        Form form = find(em, uuid);
        if (form.getState() != FormState.DRAFT) {
            throw new ConflictException("form-state", Problems.text("form.delete.notDraft"));
        }

        em.remove(form);
        em.flush();
        LOG.info(() -> "Form " + uuid + " deleted");
    }

    private void apply(Question question, QuestionData data) {
        question.word(data.label().strip(), blankToNull(data.help()), data.required());
        if (!data.type().hasChoices()) {
            question.getChoices().clear();
            return;
        }
        Map<UUID, Choice> stored = new HashMap<>();
        question.getChoices().forEach(c -> stored.put(c.getUuid(), c));
        List<Choice> ordered = new ArrayList<>();
        for (QuestionData.ChoiceData given : data.choices()) {
            Choice choice = given.id() == null ? null : stored.get(given.id());
            if (choice == null) {
                choice = new Choice(question, given.label().strip());
            } else {
                choice.setLabel(given.label().strip());
            }
            choice.setPosition(ordered.size());
            ordered.add(choice);
        }
        question.getChoices().clear();
        question.getChoices().addAll(ordered);
    }

    private boolean hasResponses(Form form) {
        return em.createQuery("select count(r) from FormResponse r where r.form = :f",
                Long.class).setParameter("f", form).getSingleResult() > 0;
    }

    static Form find(EntityManager em, UUID uuid) {
        return em.createQuery("select f from Form f where f.uuid = :uuid", Form.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Form", uuid));
    }

    private static Question question(Form form, UUID uuid) {
        return form.getQuestions().stream().filter(q -> q.getUuid().equals(uuid)).findFirst()
                .orElseThrow(() -> new NotFoundException("Question", uuid));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
