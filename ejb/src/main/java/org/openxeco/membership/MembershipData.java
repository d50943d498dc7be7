package org.openxeco.membership;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.account.AccountDataSection;
import org.openxeco.content.Article;
import org.openxeco.kernel.Jsonp;

/**
 * A member's requests, proposed changes and articles in "export my data", and what happens
 * to them when the member deletes their account: requests and changes go; articles that were
 * published stay with their entity without their author; unpublished drafts go with the
 * account, as nobody else ever saw them.
 */
@Dependent
public class MembershipData implements AccountDataSection {

    private static final Logger LOG = Logger.getLogger(MembershipData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public JsonValue export(Account account) {
        JsonArrayBuilder requests = Jsonp.createArrayBuilder();
        for (MemberRequest r : list("MemberRequest", MemberRequest.class, account)) {
            requests.add(Jsonp.createObjectBuilder().add("id", r.getUuid().toString())
                    .add("kind", r.getKind().name()).add("entity", text(r.getEntityName()))
                    .add("reason", text(r.getReason())).add("status", r.getStatus().name())
                    .add("created", text(r.getCreated()))
                    .add("message", r.getDecision() == null ? JsonValue.NULL
                            : Jsonp.createValue(text(r.getDecision().getMessage()))));
        }
        JsonArrayBuilder changes = Jsonp.createArrayBuilder();
        for (EntityChange c : list("EntityChange", EntityChange.class, account)) {
            changes.add(Jsonp.createObjectBuilder().add("id", c.getUuid().toString())
                    .add("entity", c.getOrganisation().getName())
                    .add("status", c.getStatus().name()).add("created", text(c.getCreated())));
        }
        JsonArrayBuilder articles = Jsonp.createArrayBuilder();
        for (MemberArticle m : list("MemberArticle", MemberArticle.class, account)) {
            articles.add(article(m));
        }
        return Jsonp.createObjectBuilder().add("requests", requests)
                .add("entityChanges", changes).add("articles", articles).build();
    }

    private static JsonObjectBuilder article(MemberArticle m) {
        JsonArrayBuilder steps = Jsonp.createArrayBuilder();
        for (ReviewStep step : m.getSteps()) {
            steps.add(Jsonp.createObjectBuilder().add("at", text(step.getAt()))
                    .add("action", step.getAction().name()).add("byAuthor", step.isByAuthor())
                    .add("comment", text(step.getComment())));
        }
        Article a = m.getArticle();
        return Jsonp.createObjectBuilder().add("id", a.getUuid().toString())
                .add("type", a.getType().name()).add("title", a.getTitle())
                .add("entity", m.getOrganisation().getName())
                .add("state", m.getState().name()).add("steps", steps);
    }

    @Override
    public void forget(Account account) {
        int requests = em.createQuery("delete from MemberRequest r where r.account = :a")
                .setParameter("a", account).executeUpdate();
        List<EntityChange> changes = list("EntityChange", EntityChange.class, account);
        changes.forEach(em::remove);
        int kept = 0;
        int dropped = 0;
        for (MemberArticle m : list("MemberArticle", MemberArticle.class, account)) {
            Article article = m.getArticle();
            em.remove(m);
            if (m.getState() == ArticleState.PUBLISHED) {
                kept++;
            } else {
                em.remove(article);
                dropped++;
            }
        }
        em.flush();
        String summary = requests + " request(s), " + changes.size() + " change(s), " + dropped
                + " unpublished article(s) removed, " + kept + " published article(s) kept";
        LOG.info(() -> "Account " + account.getUuid() + " deleted: " + summary);
    }

    private <T> List<T> list(String entity, Class<T> type, Account account) {
        return em.createQuery("select x from " + entity + " x where x.account = :a", type)
                .setParameter("a", account).getResultList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
