package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;

/**
 * Two requests of the same member answering at the same moment still store one answer, and
 * a member saving an entity's answer read before another member saved it is refused.
 */
class FormAnswerRaceServiceTest {

    @Test
    void twoFirstAnswersAtOnceLeaveOneAndRefuseOrMergeTheOther() throws Exception {
        try (FormsData d = new FormsData(); FormsData second = new FormsData(d)) {
            UUID form = d.admin(() -> d.builder.create("Race", null, Respondent.MEMBER))
                    .getUuid();
            UUID question = d.admin(() -> d.builder.addQuestion(form,
                    FormBuildingServiceTest.text("Name", false))).getUuid();
            d.admin(() -> d.builder.publish(form));
            String member = d.member();

            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (FormsData user : List.of(d, second)) {
                outcomes.add(pool.submit(() -> {
                    try {
                        user.as(member, () -> user.answers.save(form, null,
                                Map.of(question, AnswerInput.text("x")), false));
                        return "stored";
                    } catch (ConflictException e) {
                        return e.kind();
                    }
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

            for (Future<String> outcome : outcomes) {
                String result = outcome.get();
                assertTrue(result.equals("stored") || result.equals("form-answer-exists"),
                        result);
            }
            assertEquals(1, d.admin(() -> d.results.respondents(form)).size());
        }
    }

    @Test
    void anAnswerSavedByAnotherMemberMeanwhileIsNotOverwritten() {
        try (FormsData d = new FormsData()) {
            UUID form = d.admin(() -> d.builder.create("Shared", null, Respondent.ENTITY))
                    .getUuid();
            UUID question = d.admin(() -> d.builder.addQuestion(form,
                    FormBuildingServiceTest.text("Name", false))).getUuid();
            d.admin(() -> d.builder.publish(form));
            Organisation acme = d.entity("Acme");
            String a = d.member();
            String b = d.member();
            d.attach(a, acme);
            d.attach(b, acme);
            UUID entity = acme.getUuid();
            Long readByB = version(d, b, form, entity);

            Long readByA = version(d, a, form, entity);
            long saved = d.as(a, () -> d.answers.save(form, entity,
                    Map.of(question, AnswerInput.text("from A")), false, readByA)).getVersion();
            ConflictException stale = assertThrows(ConflictException.class, () -> d.as(b,
                    () -> d.answers.save(form, entity,
                            Map.of(question, AnswerInput.text("from B")), false, readByB)));

            assertEquals("form-answer-stale", stale.kind());
            assertTrue(stale.getMessage().startsWith("Someone else saved this answer"));
            assertEquals("from A", text(d, b, form, entity));
            assertThrows(ConflictException.class, () -> d.as(b, () -> d.answers.save(form,
                    entity, Map.of(question, AnswerInput.text("from B")), true, saved - 1)));
            d.as(b, () -> d.answers.save(form, entity,
                    Map.of(question, AnswerInput.text("from B")), false, saved));
            assertEquals("from B", text(d, a, form, entity));
        }
    }

    private static Long version(FormsData d, String member, UUID form, UUID entity) {
        return d.as(member, () -> d.answers.response(form, entity)
                .map(FormResponse::getVersion).orElse(null));
    }

    private static String text(FormsData d, String member, UUID form, UUID entity) {
        return d.as(member, () -> d.answers.response(form, entity).orElseThrow().getAnswers()
                .get(0).getText());
    }
}
