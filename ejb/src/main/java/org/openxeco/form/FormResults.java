package org.openxeco.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.Roles;

/**
 * What a form's sent answers say, counted by the database per question and per choice, and
 * who answered. Drafts are not counted; no answer is loaded to count it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class FormResults {

    private static final String SENT = " from Answer a where a.response.form = :f"
            + " and a.response.state = :s";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** How many answers the form has in each state, every state listed. */
    public Map<ResponseState, Long> responses(UUID formUuid) {
        Roles.requireAdmin(context);
        Form form = FormBuilder.find(em, formUuid);
        Map<ResponseState, Long> counts = new EnumMap<>(ResponseState.class);
        for (ResponseState state : ResponseState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select r.state, count(r) from FormResponse r where r.form = :f"
                + " group by r.state", Object[].class).setParameter("f", form).getResultList()
                .forEach(row -> counts.put((ResponseState) row[0], (Long) row[1]));
        return counts;
    }

    /** The counts of each question's sent answers, in the form's order. */
    public List<QuestionResult> questions(UUID formUuid) {
        Roles.requireAdmin(context);
        Form form = FormBuilder.find(em, formUuid);

        Map<Long, Long> answered = perQuestion("select a.question.id, count(a)" + SENT
                + " group by a.question.id", form);
        Map<Long, Long> perChoice = perQuestion("select c.id, count(a) from Answer a"
                + " join a.choices c where a.response.form = :f and a.response.state = :s"
                + " group by c.id", form);
        Map<Long, long[]> yesNo = new HashMap<>();
        rows("select a.question.id, a.flag, count(a)" + SENT + " and a.flag is not null"
                + " group by a.question.id, a.flag", form).forEach(row -> yesNo
                .computeIfAbsent((Long) row[0], k -> new long[2])
                [Boolean.TRUE.equals(row[1]) ? 0 : 1] = ((Number) row[2]).longValue());
        Map<Long, Object[]> numbers = byQuestion("select a.question.id, min(a.number),"
                + " max(a.number), avg(a.number)" + SENT + " and a.number is not null"
                + " group by a.question.id", form);
        Map<Long, Object[]> dates = byQuestion("select a.question.id, min(a.date),"
                + " max(a.date)" + SENT + " and a.date is not null group by a.question.id",
                form);

        List<QuestionResult> results = new ArrayList<>();
        for (Question q : form.getQuestions()) {
            List<QuestionResult.Count> counts = new ArrayList<>();
            q.getChoices().forEach(c -> counts.add(new QuestionResult.Count(
                    c.getUuid().toString(), c.getLabel(), perChoice.getOrDefault(c.getId(), 0L))));
            if (q.getType() == QuestionType.YES_NO) {
                long[] split = yesNo.getOrDefault(q.getId(), new long[2]);
                counts.add(new QuestionResult.Count("yes", null, split[0]));
                counts.add(new QuestionResult.Count("no", null, split[1]));
            }
            Object[] n = numbers.get(q.getId());
            Object[] d = dates.get(q.getId());
            results.add(new QuestionResult(q.getUuid(), q.getPosition(), q.getLabel(),
                    q.getType(), answered.getOrDefault(q.getId(), 0L), counts,
                    n == null ? null : decimal(n[1]), n == null ? null : decimal(n[2]),
                    n == null ? null : decimal(n[3]), d == null ? null : (LocalDate) d[1],
                    d == null ? null : (LocalDate) d[2]));
        }
        return results;
    }

    /** Who answered: the sent answers first, by when they were sent, then the drafts. */
    public List<FormResponse> respondents(UUID formUuid) {
        Roles.requireAdmin(context);
        Form form = FormBuilder.find(em, formUuid);
        return em.createQuery("select r from FormResponse r where r.form = :f"
                + " order by r.state desc, r.submitted, r.updated", FormResponse.class)
                .setParameter("f", form).getResultList();
    }

    private List<Object[]> rows(String query, Form form) {
        return em.createQuery(query, Object[].class).setParameter("f", form)
                .setParameter("s", ResponseState.SUBMITTED).getResultList();
    }

    private Map<Long, Long> perQuestion(String query, Form form) {
        Map<Long, Long> counts = new HashMap<>();
        rows(query, form).forEach(row -> counts.put((Long) row[0],
                ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<Long, Object[]> byQuestion(String query, Form form) {
        Map<Long, Object[]> found = new HashMap<>();
        rows(query, form).forEach(row -> found.put((Long) row[0], row));
        return found;
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal number = value instanceof BigDecimal b ? b
                : new BigDecimal(value.toString());
        BigDecimal shown = number.setScale(Math.min(number.scale(), 4), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0) : shown;
    }
}
