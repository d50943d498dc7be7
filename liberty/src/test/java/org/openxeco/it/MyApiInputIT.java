package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openxeco.it.ApiTest.assertInvalid;
import static org.openxeco.it.ApiTest.assertProblem;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The members' API answers bad input with a 400 problem naming the failing field, and a
 * change based on a version that is no longer current with a 409 problem; neither changes
 * anything.
 */
class MyApiInputIT {

    private static final String PASSWORD = "member-Secret-2024";
    private static final String JSON = "application/json";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    private static String entity(String name) {
        Reply created = Node.post("/api/entities", Caller.ADMIN, Json.createObjectBuilder()
                .add("name", name).add("kind", "company").build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getString("id");
    }

    private static Caller member() {
        String username = "my-api-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = Node.post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder()
                .add("username", username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("member")).add("active", true)
                .add("password", PASSWORD).build());
        assertEquals(201, created.status(), created::toString);
        return Caller.basic(username, PASSWORD);
    }

    private static JsonObject ask(String entity, String reason) {
        return Json.createObjectBuilder().add("entity", entity).add("reason", reason).build();
    }

    @Test
    void aRequestWithABadEntityOrNoReasonIsRefusedNamingTheField() {
        Caller member = member();
        String entity = entity("My API " + UUID.randomUUID());

        assertInvalid(Node.post("/api/my/requests", member, ask("not-an-id", "Staff")),
                "entity");
        assertInvalid(Node.post("/api/my/requests", member,
                ask(UUID.randomUUID().toString(), "Staff")), "entity");
        assertInvalid(Node.post("/api/my/requests", member, ask(entity, "  ")),
                "reason");
        assertInvalid(Node.send("/api/my/requests", "POST", member, JSON, "null", null), "body");
        assertInvalid(Node.get("/api/my/requests/not-an-id", member), "id");

        assertEquals(0, Node.get("/api/my/requests", member).object().getInt("total"));
    }

    @Test
    void withdrawingWithAMissingBadOrStaleIfMatchIsRefusedAndTheRequestWaits() {
        Caller member = member();
        String entity = entity("My API " + UUID.randomUUID());
        Reply asked = Node.post("/api/my/requests", member, ask(entity, "I work there"));
        assertEquals(201, asked.status(), asked::toString);
        String path = "/api/my/requests/" + asked.object().getString("id");
        long version = asked.object().getJsonNumber("version").longValue();

        assertInvalid(Node.delete(path, member, null), "If-Match");
        assertInvalid(Node.delete(path, member, "\"soon\""), "If-Match");
        assertProblem(Node.delete(path, member, Node.ifMatch(version + 1)), 409,
                "stale-version");

        JsonObject request = Node.get(path, member).object();
        assertEquals("pending", request.getString("status"));
        assertEquals(version, request.getJsonNumber("version").longValue());
    }

    @Test
    void theMembersListsComeInPagesAndRefuseBadPagingValues() {
        Caller member = member();
        for (int i = 0; i < 3; i++) {
            Reply asked = Node.post("/api/my/requests", member,
                    ask(entity("My API paged " + UUID.randomUUID()), "Paged"));
            assertEquals(201, asked.status(), asked::toString);
        }

        JsonObject first = Node.get("/api/my/requests?size=2", member).object();
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        JsonObject second = Node.get("/api/my/requests?size=2&cursor="
                + first.getString("next"), member).object();
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals(false, second.containsKey("next") && !second.isNull("next"),
                second::toString);
        assertEquals(0, Node.get("/api/my/articles?size=100", member).object().getInt("total"));

        for (String list : new String[] {"requests", "articles"}) {
            assertInvalid(Node.get("/api/my/" + list + "?size=0", member), "size");
            assertInvalid(Node.get("/api/my/" + list + "?size=101", member), "size");
            assertInvalid(Node.get("/api/my/" + list + "?size=ten", member), "size");
            assertInvalid(Node.get("/api/my/" + list + "?cursor=bm9wZQ", member), "cursor");
        }
        assertInvalid(Node.get("/api/my/articles?cursor=" + first.getString("next"), member),
                "cursor");
    }
}
