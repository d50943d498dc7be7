package org.openxeco.form;

import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.account.AccountDataSection;
import org.openxeco.kernel.Jsonp;

/**
 * A member's answers to forms in "export my data", and what becomes of them when the member
 * deletes their account: their own answers go; the answers they wrote for an entity stay
 * with the entity, without a writer.
 */
@Dependent
public class FormData implements AccountDataSection {

    private static final Logger LOG = Logger.getLogger(FormData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "forms";
    }

    @Override
    public JsonValue export(Account account) {
        JsonArrayBuilder responses = Jsonp.createArrayBuilder();
        for (FormResponse r : em.createQuery("select r from FormResponse r where r.account = :a"
                + " order by r.created", FormResponse.class).setParameter("a", account)
                .getResultList()) {
            JsonArrayBuilder answers = Jsonp.createArrayBuilder();
            r.getAnswers().stream().sorted(Comparator.comparingInt(
                    a -> a.getQuestion().getPosition())).forEach(a -> answers.add(Jsonp
                    .createObjectBuilder().add("question", a.getQuestion().getLabel())
                    .add("answer", text(a))));
            responses.add(Jsonp.createObjectBuilder().add("id", r.getUuid().toString())
                    .add("form", r.getForm().getTitle())
                    .add("entity", r.getOrganisation() == null ? JsonValue.NULL
                            : Jsonp.createValue(r.getOrganisation().getName()))
                    .add("state", r.getState().name())
                    .add("submitted", r.getSubmitted() == null ? JsonValue.NULL
                            : Jsonp.createValue(r.getSubmitted().toString()))
                    .add("answers", answers));
        }
        return Jsonp.createObjectBuilder().add("responses", responses).build();
    }

    @Override
    public void forget(Account account) {
        int own = em.createQuery("delete from FormResponse r where r.account = :a"
                + " and r.organisation is null").setParameter("a", account).executeUpdate();
        int kept = em.createQuery("update FormResponse r set r.account = null"
                + " where r.account = :a").setParameter("a", account).executeUpdate();
        LOG.info(() -> "Account " + account.getUuid() + " deleted: " + own
                + " own form answers removed, " + kept + " entity answers kept");
    }

    private static String text(Answer answer) {
        return switch (answer.getQuestion().getType()) {
            case SHORT_TEXT, LONG_TEXT -> answer.getText();
            case NUMBER -> answer.getNumber().stripTrailingZeros().toPlainString();
            case DATE -> answer.getDate().toString();
            case YES_NO -> answer.getFlag().toString();
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.getChoices().stream()
                    .map(Choice::getLabel).collect(Collectors.joining(", "));
        };
    }
}
