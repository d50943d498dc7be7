package org.openxeco.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.testing.Services;

/**
 * The background sender against a real SMTP server (GreenMail): a recipient is claimed in
 * the database before its mail leaves, so two senders at once, or a server stopped in the
 * middle and started again, never mail anyone twice; and every mail's unsubscribe link
 * keeps the person out of later campaigns. On H2, and on PostgreSQL in the second run.
 */
class CampaignSendingServiceTest {

    private static final Pattern TOKEN = Pattern.compile("/unsubscribe\\?t=([A-Za-z0-9_-]+)>");

    private GreenMail smtp;
    private CampaignTesting t;

    @BeforeEach
    void open() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
                .dynamicPort());
        smtp.start();
        t = new CampaignTesting(new Services(), smtp.getSmtp().getPort());
    }

    @AfterEach
    void close() {
        t.close();
        smtp.stop();
    }

    private static CampaignDraft toList(List<String> addresses) {
        return new CampaignDraft("Autumn meeting", "<p>Come <b>along</b>"
                + "<script>alert(1)</script></p>", null, Audience.LIST, List.of(), addresses);
    }

    private List<String> addresses(int count) {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add("person" + i + "-" + UUID.randomUUID().toString().substring(0, 6)
                    + "@example.org");
        }
        return made;
    }

    private Map<String, Integer> received() {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .forEach(a -> counts.merge(a.toString(), 1, Integer::sum));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    @Test
    void eachRecipientGetsOneMailWithTheOneClickUnsubscribeHeadersAndASanitisedBody()
            throws Exception {
        List<String> to = addresses(3);
        UUID campaign = t.sendNow(toList(to));

        assertEquals(3, t.sendAll(10));

        assertEquals(Map.of(to.get(0), 1, to.get(1), 1, to.get(2), 1), received());
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].startsWith("<"
                + Services.BASE_URL + "/unsubscribe?t="));
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("<b>along</b>"));
        assertFalse(body.contains("script"));
        CampaignProgress progress = t.progress(campaign);
        assertEquals(CampaignStatus.DONE, progress.status());
        assertEquals(3, progress.sent());
        assertEquals(100, progress.percent());
    }

    @Test
    void aCampaignScheduledForLaterLeavesOnlyWhenItsTimeHasCome() {
        List<String> to = addresses(2);
        UUID campaign = t.services.asAdmin(() -> t.campaigns.create(toList(to))).getUuid();
        Instant at = Instant.now().plus(Duration.ofHours(1));
        t.services.asAdmin(() -> t.campaigns.schedule(campaign,
                t.campaigns.get(campaign).getVersion(), at));

        assertEquals(0, t.sendAll(10));
        assertEquals(CampaignStatus.SCHEDULED, t.progress(campaign).status());
        assertTrue(received().isEmpty());

        t.dispatcher.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61));
        assertEquals(2, t.sendAll(10));
        assertEquals(CampaignStatus.DONE, t.progress(campaign).status());
    }

    @Test
    void aSendingTimeAlreadyPastIsRefusedAndTheCampaignStaysADraft() {
        UUID campaign = t.services.asAdmin(() -> t.campaigns.create(toList(addresses(1))))
                .getUuid();
        long version = t.services.asAdmin(() -> t.campaigns.get(campaign).getVersion());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> t.services.asAdmin(() -> t.campaigns.schedule(campaign, version,
                        Instant.now().minus(Duration.ofMinutes(5)))));

        assertEquals(List.of("sendAt"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains("has passed"));
        assertEquals(CampaignStatus.DRAFT, t.progress(campaign).status());
        assertEquals(0, t.sendAll(10));
    }

    @Test
    void aCampaignWhoseAudienceReachesNobodyIsNotSent() {
        String gone = addresses(1).get(0);
        t.services.asVisitor(() -> {
            t.services.entityManager().persist(new UnsubscribedAddress(gone,
                    CampaignTesting.now()));
            return null;
        });
        UUID campaign = t.services.asAdmin(() -> t.campaigns.create(toList(List.of(gone))))
                .getUuid();
        long version = t.services.asAdmin(() -> t.campaigns.get(campaign).getVersion());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> t.services.asAdmin(() -> t.campaigns.schedule(campaign, version, null)));

        assertEquals(List.of("audience"), refused.errors().stream().map(FieldError::field)
                .toList());
        assertTrue(refused.errors().get(0).message().contains("reaches nobody"));
        assertEquals(CampaignStatus.DRAFT, t.progress(campaign).status());
        assertEquals(0, t.sendAll(10));
        assertTrue(received().isEmpty());
    }

    @Test
    void onlyAnAdministratorWritesOrSendsCampaigns() {
        assertThrows(NotAllowedException.class,
                () -> t.services.asVisitor(() -> t.campaigns.create(toList(addresses(1)))));
        assertThrows(NotAllowedException.class,
                () -> t.services.asVisitor(() -> t.dispatcher.sendDue(10)));
        assertThrows(NotAllowedException.class, () -> t.services.asVisitor(
                () -> t.audiences.count(toList(addresses(1)))));
        assertThrows(NotAllowedException.class, () -> t.services.asVisitor(
                () -> t.templates.save(null, 0, "x", CampaignTemplate.SLOT)));
    }

    @Test
    void twoSendersAtOnceNeverMailOneRecipientTwice() throws Exception {
        List<String> to = addresses(12);
        t.sendNow(toList(to));
        try (CampaignTesting second = new CampaignTesting(new Services(t.services),
                smtp.getSmtp().getPort())) {
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(
                    () -> second.sendAll(3));
            int mine = t.sendAll(3);

            int theirs = other.get(60, TimeUnit.SECONDS);
            assertEquals(12, mine + theirs, "each recipient handled by one sender");
        }

        Map<String, Integer> received = received();
        assertEquals(12, received.size());
        assertTrue(received.values().stream().allMatch(n -> n == 1), received.toString());
    }

    @Test
    void aClaimedRecipientCannotBeClaimedAgain() {
        UUID campaign = t.sendNow(toList(addresses(1)));
        t.services.asAdminWithoutTransaction(() -> t.ledger.startDue(CampaignTesting.now()));
        long id = t.ledger.queued(10).get(0);

        assertTrue(t.services.asAdminWithoutTransaction(() -> t.ledger.claim(id,
                CampaignTesting.now())).isPresent());
        assertTrue(t.services.asAdminWithoutTransaction(() -> t.ledger.claim(id,
                CampaignTesting.now())).isEmpty());
        assertEquals(1, t.progress(campaign).sending());
    }

    @Test
    void aServerStoppedWhileSendingFinishesTheQueueAfterRestartWithoutMailingAnyoneTwice() {
        List<String> to = addresses(5);
        UUID campaign = t.sendNow(toList(to));
        t.services.asAdminWithoutTransaction(() -> t.ledger.startDue(CampaignTesting.now()));
        List<Long> queued = t.ledger.queued(10);
        // The stopped server had mailed the first, and claimed the second when it stopped.
        t.services.asAdminWithoutTransaction(() -> t.dispatcher.sendDue(1));
        t.services.asAdminWithoutTransaction(() -> t.ledger.claim(queued.get(1),
                CampaignTesting.now().minusSeconds(600)));

        try (CampaignTesting restarted = new CampaignTesting(new Services(t.services),
                smtp.getSmtp().getPort())) {
            restarted.dispatcher.claimTimeout = Duration.ofMinutes(5);
            assertEquals(3, restarted.sendAll(10));
        }

        Map<String, Integer> received = received();
        assertEquals(Map.of(to.get(0), 1, to.get(2), 1, to.get(3), 1, to.get(4), 1), received);
        CampaignProgress progress = t.progress(campaign);
        assertEquals(4, progress.sent());
        assertEquals(1, progress.failed(), "the interrupted one is not sent again");
        assertEquals(CampaignStatus.DONE, progress.status());
        assertEquals("interrupted", t.services.asAdmin(() -> t.campaigns.recipients(campaign,
                10)).stream().filter(r -> r.getState() == RecipientState.FAILED).findFirst()
                .orElseThrow().getFailure());
    }

    @Test
    void theLinkOfAnEarlierMailKeepsAMemberAndAListedAddressOutOfLaterCampaigns()
            throws Exception {
        String member = t.member("reader", true);
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.org";
        String stays = "stays-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        t.sendNow(toList(List.of(member, stranger, stays)));
        t.sendAll(10);
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String recipient = mailRecipients(mail)[0].toString();
            if (!recipient.equals(stays)) {
                assertTrue(t.services.asVisitor(() -> t.unsubscribes.shownAddress(token(mail)))
                        .isPresent());
                t.services.asVisitor(() -> t.unsubscribes.unsubscribe(token(mail)));
            }
        }
        smtp.purgeEmailFromAllMailboxes();

        t.sendNow(toList(List.of(member, stranger, stays)));
        String another = t.member("another", true);
        t.sendNow(new CampaignDraft("All", "<p>Hi</p>", null, Audience.MEMBERS, null, null));
        t.sendAll(50);

        Map<String, Integer> received = received();
        assertEquals(1, received.get(stays), received.toString());
        assertFalse(received.containsKey(member));
        assertFalse(received.containsKey(stranger));
        assertEquals(1, received.get(another), received.toString());
        assertTrue(t.services.asVisitor(() -> t.unsubscribes.shownAddress("made-up")).isEmpty());
    }

    private static jakarta.mail.Address[] mailRecipients(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(MimeMessage mail) {
        try {
            Matcher matcher = TOKEN.matcher(mail.getHeader("List-Unsubscribe")[0]);
            assertTrue(matcher.find());
            return matcher.group(1);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
