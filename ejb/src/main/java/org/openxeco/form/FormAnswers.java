package org.openxeco.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * How members answer forms: the published forms, their own answer (or their entity's) kept
 * as a draft and sent once. A member answers only for entities they are attached to, and a
 * form takes one answer per member, or per entity when it asks for entities.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class FormAnswers {

    private static final Logger LOG = Logger.getLogger(FormAnswers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The forms members can answer now, the latest published first. */
    public List<Form> published() {
        FormCallers.member(em, context);
        return em.createQuery("select f from Form f where f.state = :s"
                + " order by f.updated desc, f.id desc", Form.class)
                .setParameter("s", FormState.PUBLISHED).getResultList();
    }

    /** A form the caller may read: published, or closed with an answer of the caller's. */
    public Form form(UUID uuid) {
        Account me = FormCallers.member(em, context);
        Form form = FormBuilder.find(em, uuid);
        if (form.getState() == FormState.DRAFT || form.getState() == FormState.CLOSED
                && mine(me).stream().noneMatch(r -> r.getForm().equals(form))) {
            throw new NotFoundException("Form", uuid);
        }
        return form;
    }

    /** The caller's answers, and those of the entities they are attached to. */
    public List<FormResponse> mine() {
        return mine(FormCallers.member(em, context));
    }

    /**
     * The caller's answer to the form, or the answer of the entity given (to which the caller
     * must be attached); empty when none is started.
     */
    public Optional<FormResponse> response(UUID formUuid, UUID entity) {
        Account me = FormCallers.member(em, context);
        Form form = form(formUuid);
        Organisation organisation = respondent(form, me, entity);
        return find(form, FormResponse.key(me, organisation));
    }

    /**
     * Stores the caller's answers to a published form as a draft, or sends them when
     * {@code submit}: then every required question needs an answer. Each entered value must
     * fit its question's type, else nothing is stored and each failing question is named.
     * {@code readVersion} is the version of the stored answer the caller started from (null
     * when none was stored then); an answer saved by someone else meanwhile is not overwritten.
     */
    public FormResponse save(UUID formUuid, UUID entity, Map<UUID, AnswerInput> inputs,
            boolean submit, Long readVersion) {
        return save(formUuid, entity, inputs, submit, true, readVersion);
    }

    /** Saves over the answer as stored now, for callers that read it in the same breath. */
    FormResponse save(UUID formUuid, UUID entity, Map<UUID, AnswerInput> inputs,
            boolean submit) {
        return save(formUuid, entity, inputs, submit, false, null);
    }

    private FormResponse save(UUID formUuid, UUID entity, Map<UUID, AnswerInput> inputs,
            boolean submit, boolean checked, Long readVersion) {
        Account me = FormCallers.member(em, context);
        Form form = FormBuilder.find(em, formUuid);
        if (form.getState() != FormState.PUBLISHED) {
            throw new ConflictException("form-not-open", Problems.text("form.notOpen"));
        }
        Organisation organisation = respondent(form, me, entity);
        Optional<FormResponse> stored = find(form, FormResponse.key(me, organisation));
        if (stored.filter(r -> r.getState() == ResponseState.SUBMITTED).isPresent()) {
            throw new ConflictException("form-answer-sent", Problems.text("form.answer.sent"));
        }
        if (checked && stored.isPresent()
                && (readVersion == null || readVersion != stored.get().getVersion())) {
            throw new ConflictException("form-answer-stale", Problems.text("form.answer.stale"));
        }

        List<FieldError> problems = new ArrayList<>();
        List<AnswerRules.Value> values = new ArrayList<>();
        for (Question question : form.getQuestions()) {
            values.add(AnswerRules.read(question, inputs.get(question.getUuid()), submit,
                    problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        FormResponse response = stored.orElseGet(() -> new FormResponse(form, me, organisation,
                clock.instant()));
        response.setAccount(me);
        for (int i = 0; i < values.size(); i++) {
            store(response, form.getQuestions().get(i), values.get(i));
        }
        if (submit) {
            response.submit(clock.instant());
        } else {
            response.touch(clock.instant());
        }
        try {
            if (stored.isEmpty()) {
                em.persist(response);
            }
            em.flush();
        } catch (PersistenceException e) {
            // Another request stored this respondent's answer at the same moment.
            throw new ConflictException("form-answer-exists", Problems.text("form.answer.exists"));
        }
        LOG.info(() -> "Account " + me.getUuid() + (submit ? " sent" : " saved") + " answer "
                + response.getUuid() + " to form " + formUuid);
        return response;
    }

    private void store(FormResponse response, Question question, AnswerRules.Value value) {
        Optional<Answer> answer = response.answer(question);
        if (value.isBlank()) {
            answer.ifPresent(response.getAnswers()::remove);
            return;
        }
        Answer target = answer.orElseGet(() -> {
            Answer created = new Answer(response, question);
            response.getAnswers().add(created);
            return created;
        });
        target.set(value.text(), value.number(), value.date(), value.flag(), value.choices());
    }

    private Organisation respondent(Form form, Account me, UUID entity) {
        if (form.getRespondent() == Respondent.MEMBER) {
            if (entity != null) {
                throw Problems.invalid("entity", "form.answer.noEntity");
            }
            return null;
        }
        if (entity == null) {
            throw Problems.invalid("entity", "form.answer.entityNeeded");
        }
        return me.getEntities().stream().filter(o -> o.getUuid().equals(entity)).findFirst()
                .orElseThrow(() -> new NotAllowedException(
                        Problems.text("form.answer.notAttached")));
    }

    private Optional<FormResponse> find(Form form, String key) {
        return em.createQuery("select r from FormResponse r where r.form = :f"
                + " and r.respondentKey = :k", FormResponse.class).setParameter("f", form)
                .setParameter("k", key).getResultStream().findFirst();
    }

    private List<FormResponse> mine(Account me) {
        List<String> keys = new ArrayList<>();
        keys.add(FormResponse.key(me, null));
        me.getEntities().forEach(o -> keys.add(FormResponse.key(me, o)));
        return em.createQuery("select r from FormResponse r where r.respondentKey in :keys"
                + " order by r.updated desc", FormResponse.class).setParameter("keys", keys)
                .getResultList();
    }
}
