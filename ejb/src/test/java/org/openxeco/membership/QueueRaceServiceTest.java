package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.account.Account;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;

/**
 * Two administrators decide the same row of the members' queue at the same moment, each on
 * a connection of their own: one decision is taken, the other is told it was decided
 * already, and nothing is applied or mailed twice.
 */
class QueueRaceServiceTest {

    private static Membership first;
    private static Membership second;

    @BeforeAll
    static void start() {
        first = new Membership();
        second = new Membership(first);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    /** Runs both decisions at once; returns what each gave, a result or its refusal. */
    private static List<Object> atOnce(Callable<?> one, Callable<?> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = new ArrayList<>();
            for (Callable<?> work : List.of(one, other)) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return work.call();
                    } catch (ConflictException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinsOneIsTold(List<Object> outcomes, String refusal) {
        List<ConflictException> refused = outcomes.stream()
                .filter(ConflictException.class::isInstance).map(ConflictException.class::cast)
                .toList();
        assertEquals(1, refused.size(), outcomes::toString);
        assertEquals(refusal, refused.get(0).kind());
        assertTrue(refused.get(0).getMessage().contains("decided already"),
                refused.get(0)::getMessage);
    }

    @Test
    void twoAdministratorsApprovingOneRequestAtOnceAttachTheMemberOnce() throws Exception {
        String member = first.member("en");
        Organisation org = first.entity("Raced request");
        MemberRequest asked = first.asMember(member,
                () -> first.requests.requestAttachment(org.getUuid(), "I work there"));

        List<Object> outcomes = atOnce(
                () -> first.asAdmin("admin-one", () -> first.queue.approve(asked.getUuid(),
                        asked.getVersion(), "One")),
                () -> second.asAdmin("admin-two", () -> second.queue.reject(asked.getUuid(),
                        asked.getVersion(), "Two")));

        assertOneWinsOneIsTold(outcomes, "decided");
        MemberRequest decided = first.asMember(member, () -> first.requests.mine(asked.getUuid()));
        boolean approved = decided.getStatus() == RequestStatus.APPROVED;
        assertEquals(approved ? "admin-one" : "admin-two", decided.getDecision().getDecidedBy());
        Account account = first.asAdmin(() -> first.services.entityManager().createQuery(
                "select a from Account a where a.username = :u", Account.class)
                .setParameter("u", member).getSingleResult());
        assertEquals(approved ? 1 : 0, account.getEntities().stream()
                .filter(o -> o.getUuid().equals(org.getUuid())).count());
        assertEquals(1, first.mailsTo(member).size() + second.mailsTo(member).size());
    }

    @Test
    void twoAdministratorsDecidingOneArticleAtOnceDecideItOnce() throws Exception {
        String member = first.member("en");
        Organisation org = first.entity("Raced article");
        first.attach(member, org);
        MemberArticle draft = first.asMember(member, () -> first.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "Raced news", null, null, null, null, null)));
        MemberArticle sent = first.asMember(member, () -> first.articles.submit(
                draft.getArticle().getUuid(), draft.getArticle().getVersion()));
        long version = sent.getArticle().getVersion();
        int mailsBefore = first.mailsTo(member).size();

        List<Object> outcomes = atOnce(
                () -> first.asAdmin("admin-one", () -> first.reviews.publish(
                        sent.getArticle().getUuid(), version, null)),
                () -> second.asAdmin("admin-two", () -> second.reviews.requestChanges(
                        sent.getArticle().getUuid(), version, "Shorter, please")));

        assertOneWinsOneIsTold(outcomes, "not-submitted");
        MemberArticle decided = first.asMember(member,
                () -> first.articles.mine(sent.getArticle().getUuid()));
        assertEquals(3, decided.getSteps().size(), decided.getSteps()::toString);
        ArticleStatus status = decided.getArticle().getStatus();
        assertEquals(status == ArticleStatus.PUBLIC ? ArticleState.PUBLISHED
                : ArticleState.CHANGES_REQUESTED, decided.getState());
        assertEquals(mailsBefore + 1, first.mailsTo(member).size()
                + second.mailsTo(member).size());
    }
}
