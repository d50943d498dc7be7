package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.audit.AuditEntry;
import org.openxeco.audit.AuditQuery;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.media.ImageSamples;

class MemberEntityServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static EntityEdit edited(Organisation o, String name) {
        return new EntityEdit(name, "Legal " + name, o.getKind(), "<p>New text</p>",
                "team@example.org", "+352 123", List.of("https://example.org/new"),
                List.of(new Address("2 Side Street", "5678", "Esch", null, "LU"),
                        new Address(null, null, "Metz", null, "FR")), o.getLogoHash());
    }

    private static Organisation live(Organisation o) {
        return m.asAdmin(() -> m.services.organisations.get(o.getUuid()));
    }

    @Test
    void underReviewAChangeWaitsWithItsDiffAndTheLiveRecordStaysUntilApproved() {
        m.withReview(true, () -> {
            String alice = m.member("en");
            Organisation org = m.entity("Reviewed");
            m.attach(alice, org);
            String name = "Renamed " + UUID.randomUUID().toString().substring(0, 6);

            assertEquals(MemberEntities.Outcome.WAITING, m.asMember(alice,
                    () -> m.entities.edit(org.getUuid(), org.getVersion(), edited(org, name))));

            Organisation unchanged = live(org);
            assertEquals(org.getName(), unchanged.getName());
            assertEquals(1, unchanged.getAddresses().size());
            EntityChange waiting = m.asMember(alice,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();
            assertEquals(name, waiting.getEdit().name());
            assertEquals(2, waiting.getEdit().addresses().size());
            assertEquals("Metz", waiting.getEdit().addresses().get(1).getCity());
            List<EntityDiff.Field> diff = m.asAdmin(() -> m.changeQueue.diff(waiting.getUuid()));
            assertEquals(List.of("name", "legalName", "description", "email", "phone", "websites",
                    "addresses"), diff.stream().map(EntityDiff.Field::name).toList());
            assertEquals(org.getName(), diff.get(0).live());
            assertEquals(name, diff.get(0).proposed());

            m.asAdmin(() -> m.changeQueue.approve(waiting.getUuid(), waiting.getVersion(), "Fine"));

            Organisation changed = live(org);
            assertEquals(name, changed.getName());
            assertEquals("Metz", changed.getAddresses().get(1).getCity());
            assertTrue(m.mailsTo(alice).stream().anyMatch(x -> x.kind().equals("change.approved")));
            assertTrue(m.asMember(alice, () -> m.entities.waitingChange(org.getUuid())).isEmpty());
        });
    }

    @Test
    void aDeclinedChangeKeepsWhatTheMemberEnteredAndTheLiveRecord() {
        m.withReview(true, () -> {
            String bob = m.member("en");
            Organisation org = m.entity("Declined");
            m.attach(bob, org);
            m.asMember(bob, () -> m.entities.edit(org.getUuid(), org.getVersion(),
                    edited(org, "First try")));
            long first = m.asMember(bob,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow().getVersion();
            m.asMember(bob, () -> m.entities.edit(org.getUuid(), org.getVersion(), first,
                    edited(org, "Second try")));
            EntityChange waiting = m.asMember(bob,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();
            assertEquals("Second try", waiting.getEdit().name());
            assertEquals(1, m.asAdmin(() -> m.changeQueue.pending()).stream()
                    .filter(c -> c.getOrganisation().getUuid().equals(org.getUuid())).count());

            m.asAdmin(() -> m.changeQueue.reject(waiting.getUuid(), waiting.getVersion(), "No"));

            assertEquals(org.getName(), live(org).getName());
            EntityChange declined = m.asMember(bob,
                    () -> m.entities.declinedChange(org.getUuid())).orElseThrow();
            assertEquals("Second try", declined.getEdit().name());
            assertEquals("No", declined.getDecision().getMessage());
        });
    }

    @Test
    void withoutReviewAChangeGoesLiveAtOnceAuditedAsTheMembers() {
        m.withReview(false, () -> {
            String carol = m.member("en");
            Organisation org = m.entity("Live");
            m.attach(carol, org);
            String logo = m.asMember(carol, () -> m.entities.storeLogo(org.getUuid(),
                    ImageSamples.png(41), "logo.png"));
            EntityEdit edit = new EntityEdit("Live now", null, org.getKind(), null, null, null,
                    List.of(), org.getAddresses(), logo);

            assertEquals(MemberEntities.Outcome.LIVE, m.asMember(carol,
                    () -> m.entities.edit(org.getUuid(), org.getVersion(), edit)));

            Organisation changed = live(org);
            assertEquals("Live now", changed.getName());
            assertEquals(logo, changed.getLogoHash());
            List<AuditEntry> audit = m.asAdmin(() -> m.services.auditLog.list(
                    new AuditQuery(org.getUuid(), null, null, null, null), 0, 1));
            assertEquals(carol, audit.get(0).getActor());
            assertThrows(StaleVersionException.class, () -> m.asMember(carol,
                    () -> m.entities.edit(org.getUuid(), org.getVersion(), edit)));
        });
    }

    @Test
    void replacingTheWebsitesAndAddressesOfAnEntityKeepsOnlyTheNewOnes() {
        m.withReview(false, () -> {
            String dora = m.member("en");
            Organisation org = m.entity("Sites");
            m.attach(dora, org);
            for (String site : List.of("https://one.example.org", "https://two.example.org")) {
                Organisation now = live(org);
                EntityEdit edit = new EntityEdit(now.getName(), null, now.getKind(), null,
                        null, null, List.of(site, site + "/more"),
                        List.of(new Address(site, "1", "Esch", null, "LU")), null);
                assertEquals(MemberEntities.Outcome.LIVE, m.asMember(dora,
                        () -> m.entities.edit(org.getUuid(), now.getVersion(), edit)));
                assertEquals(List.of(site, site + "/more"), live(org).getWebsites());
                assertEquals(site, live(org).getAddresses().get(0).getStreet());
            }
        });
    }

    @Test
    void aMemberCannotReadOrChangeAnEntityTheyAreNotAttachedTo() {
        String owner = m.member("en");
        String other = m.member("en");
        Organisation org = m.entity("Not yours");
        m.attach(owner, org);

        assertThrows(NotFoundException.class,
                () -> m.asMember(other, () -> m.entities.get(org.getUuid())));
        assertThrows(NotFoundException.class, () -> m.asMember(other,
                () -> m.entities.edit(org.getUuid(), org.getVersion(), edited(org, "Hijack"))));
        assertThrows(NotFoundException.class, () -> m.asMember(other,
                () -> m.entities.storeLogo(org.getUuid(), ImageSamples.png(42), "x.png")));
        assertThrows(NotFoundException.class,
                () -> m.asMember(other, () -> m.entities.waitingChange(org.getUuid())));
        assertEquals(org.getName(), live(org).getName());
        assertTrue(m.asAdmin(() -> m.changeQueue.pending()).stream()
                .noneMatch(c -> c.getOrganisation().getUuid().equals(org.getUuid())));
    }

    @Test
    void invalidValuesAreRefusedWithTheirFieldsAndNothingIsKept() {
        String dan = m.member("en");
        Organisation org = m.entity("Invalid");
        m.attach(dan, org);
        EntityEdit bad = new EntityEdit("", null, org.getKind(), null, "not-an-address",
                null, List.of("javascript:alert(1)"), List.of(), "ab".repeat(32));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> m.asMember(
                dan, () -> m.entities.edit(org.getUuid(), org.getVersion(), bad)));

        assertEquals("logo", e.errors().get(0).field());
        EntityEdit noLogo = new EntityEdit("", null, org.getKind(), null, "not-an-address",
                null, List.of("javascript:alert(1)"), List.of(), null);
        InvalidInputException fields = assertThrows(InvalidInputException.class, () ->
                m.asMember(dan, () -> m.entities.edit(org.getUuid(), org.getVersion(), noLogo)));
        assertEquals(List.of("email", "name", "websites[0]"), fields.errors().stream()
                .map(FieldError::field).sorted().toList());
        assertTrue(m.asMember(dan, () -> m.entities.waitingChange(org.getUuid())).isEmpty());
    }

    @Test
    void aSecondTabCannotReplaceAWaitingChangeItDidNotSee() {
        m.withReview(true, () -> {
            String eve = m.member("en");
            Organisation org = m.entity("Two tabs");
            m.attach(eve, org);
            m.asMember(eve, () -> m.entities.edit(org.getUuid(), org.getVersion(),
                    edited(org, "Opened")));
            long seen = m.asMember(eve,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow().getVersion();
            m.asMember(eve, () -> m.entities.edit(org.getUuid(), org.getVersion(), seen,
                    edited(org, "Tab one")));

            StaleChangeException stale = assertThrows(StaleChangeException.class, () -> m.asMember(
                    eve, () -> m.entities.edit(org.getUuid(), org.getVersion(), seen,
                            edited(org, "Tab two"))));
            assertThrows(StaleChangeException.class, () -> m.asMember(eve,
                    () -> m.entities.edit(org.getUuid(), org.getVersion(),
                            edited(org, "Tab three"))));

            assertEquals("stale-change", stale.kind());
            assertEquals("Tab one", m.asMember(eve,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow().getEdit().name());
        });
    }
}
