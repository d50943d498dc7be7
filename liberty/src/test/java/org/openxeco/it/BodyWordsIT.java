package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * The words of a JSON body (kinds, types, statuses, employment types, roles) are read in
 * any case, as CSV files and the API write them; an unknown one is still refused naming
 * its field and the words allowed.
 */
class BodyWordsIT extends ApiTest {

    @Test
    void kindsAndStatusesAreReadInAnyCase() {
        Created entity = create("/api/entities", object().add("name", unique("Words"))
                .add("kind", "COMPANY").add("status", "Active").build());
        Created other = create("/api/entities", object().add("name", unique("Words"))
                .add("kind", "public_body").build());

        assertEquals("company", entity.json().getString("kind"));
        assertEquals("active", entity.json().getString("status"));
        assertEquals("public-body", other.json().getString("kind"));
    }

    @Test
    void articleWordsAreReadInAnyCase() {
        Created job = create("/api/articles", object().add("type", "JOB_OFFER")
                .add("title", unique("Words job")).add("status", "DRAFT")
                .add("job", object().add("employmentType", "Full_Time")).build());

        assertEquals("job-offer", job.json().getString("type"));
        assertEquals("draft", job.json().getString("status"));
        assertEquals("full-time", job.json().getJsonObject("job").getString("employmentType"));
    }

    @Test
    void anUnknownWordIsStillRefusedNamingItsFieldAndTheWordsAllowed() {
        Reply refused = Node.post("/api/entities", ADMIN, object().add("name", unique("Words"))
                .add("kind", "PLANET").build());

        JsonObject problem = assertInvalid(refused, "kind");
        String message = problem.getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains("PLANET") && message.contains("company"), message);
    }
}
