package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The members' queue decides on the row the administrator saw: an item that left the queue
 * after the page was shown is reported, and no other item is decided in its place.
 */
class MembersQueueRowsIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    private static String ask(Caller member, String entityId) {
        Reply asked = Node.post("/api/my/requests", member, Json.createObjectBuilder()
                .add("entity", entityId).add("reason", "I work there").build());
        assertEquals(201, asked.status(), asked::toString);
        return asked.object().getString("id");
    }

    private static String status(Caller member, String requestId) {
        return Node.get("/api/my/requests/" + requestId, member).object().getString("status");
    }

    @Test
    void approvingARowWhoseRequestWasWithdrawnMeanwhileDecidesNothingElse() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Queue row first " + suffix;
        String first = MemberPortalIT.entity(firstName);
        String second = MemberPortalIT.entity("Queue row second " + suffix);
        String username = "qr-" + suffix;
        MemberPortalIT.member(username);
        Caller member = Caller.basic(username, MemberPortalIT.PASSWORD);
        String firstRequest = ask(member, first);
        String secondRequest = ask(member, second);

        try (Browser admin = Browser.desktop()) {
            admin.signInAsAdmin().open("/admin/members/queue.xhtml");
            WebElement row = MemberPortalIT.item(admin, "request-item", firstName);
            MemberPortalIT.item(admin, "request-item", "Queue row second " + suffix);
            long version = Node.get("/api/my/requests/" + firstRequest, member).object()
                    .getJsonNumber("version").longValue();
            Reply withdrawn = Node.delete("/api/my/requests/" + firstRequest, member,
                    Node.ifMatch(version));
            assertEquals(204, withdrawn.status(), withdrawn::toString);

            MemberPortalIT.scrollTo(admin, row);
            row.findElement(By.cssSelector("button[id$=':approve']")).click();
            admin.waitFor(d -> admin.text().contains(firstName + " left the queue meanwhile"));
            assertFalse(admin.text().contains("was approved"), admin::text);
        }
        assertEquals("withdrawn", status(member, firstRequest));
        assertEquals("pending", status(member, secondRequest));
    }

    private static void savePhone(Browser member, String entityId, String phone) {
        member.open("/my/entity.xhtml?id=" + entityId);
        member.type(By.id("entity-form:phone"), phone);
        member.click(By.id("entity-form:save"));
        member.waitFor(d -> member.text().contains("sent for review"));
    }

    @Test
    void approvingAChangeTheMemberSavedAgainMeanwhileIsRefusedAsChanged() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String entityName = "Queue row change " + suffix;
        String entityId = MemberPortalIT.entity(entityName);
        String username = "qc-" + suffix;
        MemberPortalIT.member(username);
        ask(Caller.basic(username, MemberPortalIT.PASSWORD), entityId);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            admin.signInAsAdmin();
            EntityReview.with(admin, true, () -> {
                admin.open("/admin/members/queue.xhtml");
                MemberPortalIT.decide(admin, "request-item", entityName, null, "approve");
                member.signIn(username, MemberPortalIT.PASSWORD);
                savePhone(member, entityId, "+352 555 0001");

                admin.open("/admin/members/queue.xhtml");
                WebElement row = MemberPortalIT.item(admin, "change-item", entityName);
                savePhone(member, entityId, "+352 555 0002");
                MemberPortalIT.scrollTo(admin, row);
                row.findElement(By.cssSelector("button[id$=':approve']")).click();

                admin.waitFor(d -> admin.text().contains("This was changed meanwhile"));
                var live = Node.get("/api/entities/" + entityId).object();
                assertTrue(!live.containsKey("phone") || live.isNull("phone"), live::toString);
                WebElement fresh = MemberPortalIT.item(admin, "change-item", entityName);
                assertTrue(fresh.getText().contains("+352 555 0002"), fresh::getText);
                MemberPortalIT.decide(admin, "change-item", entityName, null, "approve");
            });
        }
        assertEquals("+352 555 0002", Node.get("/api/entities/" + entityId).object()
                .getString("phone"));
    }
}
