package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.mail.Mail;

class MemberRequestServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    @Test
    void approvingAnAttachmentRequestAttachesTheMemberAndMailsThemInTheirLanguage() {
        String alice = m.member("fr");
        Organisation org = m.entity("Attach me");
        MemberRequest request = m.asMember(alice,
                () -> m.requests.requestAttachment(org.getUuid(), "I am its director"));
        assertEquals(RequestStatus.PENDING, request.getStatus());
        assertTrue(m.asAdmin(() -> m.queue.pending()).stream()
                .anyMatch(r -> r.getUuid().equals(request.getUuid())));
        assertThrows(NotFoundException.class,
                () -> m.asMember(alice, () -> m.entities.get(org.getUuid())));

        m.asAdmin(() -> m.queue.approve(request.getUuid(), request.getVersion(), "Welcome"));

        MemberRequest decided = m.asMember(alice, () -> m.requests.mine(request.getUuid()));
        assertEquals(RequestStatus.APPROVED, decided.getStatus());
        assertEquals("Welcome", decided.getDecision().getMessage());
        assertEquals(org.getName(), m.asMember(alice, () -> m.entities.get(org.getUuid()))
                .getName());
        List<Mail> mails = m.mailsTo(alice);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("acceptée"), mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("Welcome"));
        assertFalse(m.asAdmin(() -> m.queue.pending()).stream()
                .anyMatch(r -> r.getUuid().equals(request.getUuid())));
    }

    @Test
    void aSecondOpenRequestForTheSameEntityIsRefusedUntilTheFirstIsWithdrawn() {
        String bob = m.member("en");
        Organisation org = m.entity("Twice");
        MemberRequest first = m.asMember(bob,
                () -> m.requests.requestAttachment(org.getUuid(), "First"));

        ConflictException twice = assertThrows(ConflictException.class, () -> m.asMember(bob,
                () -> m.requests.requestAttachment(org.getUuid(), "Again")));
        assertEquals("duplicate-request", twice.kind());
        assertEquals(1, m.asMember(bob, () -> m.requests.mine()).size());

        m.asMember(bob, () -> m.requests.withdraw(first.getUuid(), first.getVersion()));
        assertEquals(RequestStatus.WITHDRAWN,
                m.asMember(bob, () -> m.requests.mine(first.getUuid())).getStatus());
        m.asMember(bob, () -> m.requests.requestAttachment(org.getUuid(), "Again"));
        assertEquals(2, m.asMember(bob, () -> m.requests.mine()).size());
    }

    @Test
    void anotherMembersRequestIsNeitherReadNorWithdrawn() {
        String owner = m.member("en");
        String other = m.member("en");
        Organisation org = m.entity("Private request");
        MemberRequest request = m.asMember(owner,
                () -> m.requests.requestAttachment(org.getUuid(), "Mine"));

        assertThrows(NotFoundException.class,
                () -> m.asMember(other, () -> m.requests.mine(request.getUuid())));
        assertThrows(NotFoundException.class, () -> m.asMember(other,
                () -> m.requests.withdraw(request.getUuid(), request.getVersion())));
        assertTrue(m.asMember(other, () -> m.requests.mine()).isEmpty());
        assertEquals(RequestStatus.PENDING,
                m.asMember(owner, () -> m.requests.mine(request.getUuid())).getStatus());
    }

    @Test
    void aProposalCreatesAPublicEntityOnApprovalAndARejectionKeepsNothing() {
        String carol = m.member("de");
        String name = "Proposed " + UUID.randomUUID().toString().substring(0, 8);
        MemberRequest proposal = m.asMember(carol, () -> m.requests.proposeEntity(
                new ProposedEntity(name, OrganisationKind.COMPANY, "LU",
                        "https://example.org", null, "We build things"), "I founded it"));
        m.asAdmin(() -> m.queue.approve(proposal.getUuid(), proposal.getVersion(), null));

        Organisation created = m.asMember(carol, () -> m.entities.attached()).get(0);
        assertEquals(name, created.getName());
        assertTrue(m.services.asVisitor(() -> m.services.organisations.find(created.getUuid()))
                .isPresent());
        assertTrue(m.mailsTo(carol).get(0).subject().contains("angenommen"));

        MemberRequest declined = m.asMember(carol, () -> m.requests.proposeEntity(
                new ProposedEntity(name + " bis", OrganisationKind.NGO, "FR", null, null, null),
                null));
        m.asAdmin(() -> m.queue.reject(declined.getUuid(), declined.getVersion(), "Unknown"));
        assertEquals(1, m.asMember(carol, () -> m.entities.attached()).size());
        assertEquals("Unknown", m.asMember(carol,
                () -> m.requests.mine(declined.getUuid())).getDecision().getMessage());
        assertThrows(ConflictException.class, () -> m.asAdmin(() ->
                m.queue.approve(declined.getUuid(), declined.getVersion() + 1, null)));
    }

    @Test
    void badProposalsAndAnonymousCallersAreRefused() {
        String dan = m.member("en");
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> m.asMember(dan, () -> m.requests.proposeEntity(new ProposedEntity(
                        " ", OrganisationKind.COMPANY, "lux", "ftp://x", null, null), null)));
        assertEquals(List.of("countryCode", "name", "website"), bad.errors().stream()
                .map(e -> e.field()).sorted().toList());
        assertThrows(NotAllowedException.class,
                () -> m.services.asVisitor(() -> m.requests.mine()));
        assertThrows(NotAllowedException.class,
                () -> m.asMember(dan, () -> m.queue.pending()));
        assertTrue(m.asMember(dan, () -> m.requests.mine()).isEmpty());
    }
}
