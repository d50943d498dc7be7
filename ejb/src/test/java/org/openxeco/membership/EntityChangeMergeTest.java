package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;

/** Approving a change made on an older version of an entity keeps what others changed since. */
class EntityChangeMergeTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static Organisation live(Organisation o) {
        return m.asAdmin(() -> m.services.organisations.get(o.getUuid()));
    }

    private static EntityEdit with(EntityEdit e, String name, String email) {
        return new EntityEdit(name, e.legalName(), e.kind(), e.description(), email, e.phone(),
                e.websites(), e.addresses(), e.logoHash());
    }

    /** An administrator changes the entity's e-mail address in the entity editor. */
    private static void adminSetsEmail(Organisation o, String email) {
        Organisation current = live(o);
        Organisation data = EntityDiff.scratch(current, EntityEdit.of(current));
        data.setEmail(email);
        m.asAdmin(() -> m.services.organisations.update(o.getUuid(), current.getVersion(), data,
                List.of()));
    }

    private static EntityChange propose(String member, Organisation o, String name,
            String email) {
        return m.withReview(true, () -> {
            Organisation current = live(o);
            Long seen = m.asMember(member, () -> m.entities.waitingChange(o.getUuid()))
                    .map(EntityChange::getVersion).orElse(null);
            m.asMember(member, () -> m.entities.edit(o.getUuid(), current.getVersion(), seen,
                    with(EntityEdit.of(current), name, email)));
            return m.asMember(member, () -> m.entities.waitingChange(o.getUuid())).orElseThrow();
        });
    }

    @Test
    void approvingAChangeOnAnOlderVersionTakesOnlyTheMembersFields() {
        String ann = m.member("en");
        Organisation org = m.entity("Merged");
        m.attach(ann, org);
        String name = "Member named " + UUID.randomUUID().toString().substring(0, 6);
        EntityChange change = propose(ann, org, name, live(org).getEmail());
        adminSetsEmail(org, "desk@example.org");

        m.asAdmin(() -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null));

        Organisation merged = live(org);
        assertEquals(name, merged.getName());
        assertEquals("desk@example.org", merged.getEmail());
    }

    @Test
    void aFieldChangedByTheMemberAndOnTheLiveEntityIsAConflictUntilTheMemberSavesAgain() {
        String ben = m.member("en");
        Organisation org = m.entity("Conflicting");
        m.attach(ben, org);
        String name = live(org).getName();
        EntityChange change = propose(ben, org, name, "member@example.org");
        adminSetsEmail(org, "admin@example.org");

        assertEquals(List.of("email"), m.asAdmin(() -> m.changeQueue.conflicts(change.getUuid())));
        ConflictException refused = assertThrows(ConflictException.class, () -> m.asAdmin(
                () -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null)));
        assertEquals("change-conflict", refused.kind());
        assertEquals("admin@example.org", live(org).getEmail());
        assertEquals(RequestStatus.PENDING, m.asMember(ben,
                () -> m.entities.waitingChange(org.getUuid())).orElseThrow().getStatus());

        EntityChange again = propose(ben, org, name, "member@example.org");
        assertEquals(List.of(), m.asAdmin(() -> m.changeQueue.conflicts(again.getUuid())));
        m.asAdmin(() -> m.changeQueue.approve(again.getUuid(), again.getVersion(), null));
        assertEquals("member@example.org", live(org).getEmail());
    }

    @Test
    void aScriptInAMembersEntityDescriptionIsStrippedBeforeReviewAndLive() {
        String cal = m.member("en");
        Organisation org = m.entity("Scripted");
        m.attach(cal, org);
        Organisation current = live(org);
        EntityEdit e = EntityEdit.of(current);
        m.withReview(true, () -> {
            m.asMember(cal, () -> m.entities.edit(org.getUuid(), current.getVersion(),
                    new EntityEdit(e.name(), e.legalName(), e.kind(),
                            "<p>Hello<script>alert(1)</script></p>", e.email(), e.phone(),
                            e.websites(), e.addresses(), e.logoHash())));
            EntityChange change = m.asMember(cal, () -> m.entities.waitingChange(org.getUuid()))
                    .orElseThrow();
            assertEquals("<p>Hello</p>", change.getEdit().description());

            m.asAdmin(() -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null));
            assertEquals("<p>Hello</p>", live(org).getDescription());
        });
    }
}
