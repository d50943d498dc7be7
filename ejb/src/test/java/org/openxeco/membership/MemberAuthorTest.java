package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;

/** Approvals go through the author's account and need its author still active and attached. */
class MemberAuthorTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static long accountVersion(String username) {
        return m.asAdmin(() -> ((Number) m.services.entityManager().createNativeQuery(
                "select version from account where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue());
    }

    private static void sql(String statement, String username) {
        m.asAdmin(() -> m.services.entityManager().createNativeQuery(statement)
                .setParameter(1, username).executeUpdate());
    }

    private static void detach(String username) {
        sql("delete from account_entity where account_id ="
                + " (select id from account where username = ?1)", username);
    }

    private static void deactivate(String username) {
        sql("update account set active = false where username = ?1", username);
    }

    @Test
    void approvingARequestAttachesThroughTheAccountAndMovesItsVersionOn() {
        String ivy = m.member("en");
        Organisation org = m.entity("Versioned");
        long before = accountVersion(ivy);

        m.attach(ivy, org);

        assertEquals(before + 1, accountVersion(ivy));
        assertTrue(m.asMember(ivy, () -> m.entities.attached()).stream()
                .anyMatch(o -> o.getUuid().equals(org.getUuid())));
    }
}
