package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;

/** A member's answers in "export my data", and what deleting the account does to them. */
class FormAccountDataServiceTest {

    private FormsData d;
    private final FormData data = new FormData();

    @BeforeEach
    void node() {
        d = new FormsData();
        data.em = d.services.entityManager();
    }

    @AfterEach
    void close() {
        d.close();
    }

    private UUID published(Respondent respondent, String title) {
        UUID form = d.admin(() -> d.builder.create(title, null, respondent)).getUuid();
        d.admin(() -> d.builder.addQuestion(form, FormBuildingServiceTest.text("Name", true)));
        d.admin(() -> d.builder.publish(form));
        return form;
    }

    private Account account(String username) {
        return d.services.entityManager().createQuery("select a from Account a"
                + " where a.username = :u", Account.class).setParameter("u", username)
                .getSingleResult();
    }

    private Map<UUID, AnswerInput> name(UUID form, String name) {
        UUID question = d.admin(() -> d.builder.get(form).getQuestions().get(0).getUuid());
        return Map.of(question, AnswerInput.text(name));
    }

    @Test
    void theExportListsTheAnswersAndDeletingRemovesOwnAnswersAndKeepsTheEntitys() {
        UUID own = published(Respondent.MEMBER, "Own");
        UUID forEntity = published(Respondent.ENTITY, "Entity");
        Organisation acme = d.entity("Acme");
        String member = d.member();
        String other = d.member();
        d.attach(member, acme);
        Map<UUID, AnswerInput> ada = name(own, "Ada");
        Map<UUID, AnswerInput> bob = name(own, "Bob");
        Map<UUID, AnswerInput> company = name(forEntity, "Acme");
        d.as(member, () -> d.answers.save(own, null, ada, true));
        d.as(member, () -> d.answers.save(forEntity, acme.getUuid(), company, false));
        d.as(other, () -> d.answers.save(own, null, bob, true));

        JsonObject export = d.as(member, () -> data.export(account(member))).asJsonObject();
        JsonArray responses = export.getJsonArray("responses");
        assertEquals(2, responses.size());
        assertEquals("Own", responses.getJsonObject(0).getString("form"));
        assertEquals("Ada", responses.getJsonObject(0).getJsonArray("answers")
                .getJsonObject(0).getString("answer"));
        assertEquals(acme.getName(), responses.getJsonObject(1).getString("entity"));

        d.services.asVisitor(() -> {
            data.forget(account(member));
            return null;
        });
        d.services.entityManager().clear();
        List<FormResponse> left = d.admin(() -> d.results.respondents(own));
        assertEquals(List.of(other), left.stream().map(r -> r.getAccount().getUsername())
                .toList());
        List<FormResponse> entity = d.admin(() -> d.results.respondents(forEntity));
        assertEquals(1, entity.size());
        assertNull(entity.get(0).getAccount(), "kept with the entity, without its writer");
        assertEquals("Acme", entity.get(0).getAnswers().get(0).getText());
    }
}
