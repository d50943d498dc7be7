package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openxeco.kernel.ConflictException;

/** Two requests of the same member answering at the same moment still store one answer. */
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
}
