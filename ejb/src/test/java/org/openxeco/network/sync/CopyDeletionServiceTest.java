package org.openxeco.network.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.testing.Fixtures;

/**
 * Removing a peer with its copies deletes every copy of a batch at once and leaves no
 * reference dangling: local articles lose the copied entities they named (related, hiring,
 * providing) and keep their local ones; conflicts, pending references and provenance go;
 * each deleted object leaves a tombstone.
 */
class CopyDeletionServiceTest {

    private SyncTesting nodes;
    private Engine engine;
    private final CopyDeletion deletion = new CopyDeletion();

    @BeforeEach
    void start() {
        nodes = new SyncTesting();
        engine = new Engine(nodes, true);
        deletion.em = nodes.a.entityManager();
        deletion.changes = nodes.a.changes;
        deletion.taxonomies = nodes.a.taxonomies;
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    private Organisation entityOnB(String name) {
        return nodes.onB(() -> nodes.b.organisations.create(
                Fixtures.organisation(Fixtures.unique(name), "LU"), List.of()));
    }

    private UUID copyOnA(Organisation onB) {
        String uri = nodes.b.uris.entity(onB.getUuid());
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select o from Organisation o where o.originUri = :u", Organisation.class)
                .setParameter("u", uri).getSingleResult()).getUuid();
    }

    private Article localArticle(Article data, List<UUID> related, Optional<UUID> hiring,
            Optional<UUID> provider) {
        data.setTitle(Fixtures.unique("Local " + data.getType()));
        data.setStatus(ArticleStatus.PUBLIC);
        return nodes.onA(() -> nodes.a.articles.create(data,
                new ArticleReferences(List.of(), related, hiring, provider)));
    }

    private long count(String jpql) {
        return nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(jpql, Long.class)
                .getSingleResult());
    }

    @Test
    void deletingEveryCopyOfAPeerLeavesNoReferenceAndATombstoneEach() {
        Organisation first = entityOnB("First");
        Organisation second = entityOnB("Second");
        Organisation third = entityOnB("Third");
        nodes.onB(() -> nodes.b.articles.create(Fixtures.event(Fixtures.unique("Fair"),
                Instant.parse("2031-05-04T09:00:00Z"), ArticleStatus.PUBLIC),
                new ArticleReferences(List.of(), List.of(first.getUuid()), Optional.empty(),
                        Optional.empty())));
        engine.syncAll(100);
        UUID firstCopy = copyOnA(first);
        UUID secondCopy = copyOnA(second);
        UUID thirdCopy = copyOnA(third);
        Organisation own = nodes.onA(() -> nodes.a.organisations.create(
                Fixtures.organisation(Fixtures.unique("Own"), "BE"), List.of()));

        Article news = localArticle(new Article(ArticleType.NEWS),
                List.of(firstCopy, secondCopy, own.getUuid()), Optional.empty(),
                Optional.empty());
        Article job = new Article(ArticleType.JOB_OFFER);
        job.setJob(new JobDetails());
        job = localArticle(job, List.of(), Optional.of(thirdCopy), Optional.empty());
        Article service = new Article(ArticleType.SERVICE);
        service.setOffering(new OfferingDetails());
        service = localArticle(service, List.of(), Optional.empty(), Optional.of(secondCopy));

        List<String> copied = nodes.a.asVisitor(() -> nodes.a.entityManager().createQuery(
                "select c.objectUuid from ImportedCopy c", String.class).getResultList());
        assertEquals(4, copied.size(), "three entities and the event: " + copied);
        int deleted = nodes.onA(() -> deletion.delete(nodes.a.entityManager().createQuery(
                "select c from ImportedCopy c", ImportedCopy.class).getResultList()));

        assertEquals(4, deleted);
        assertEquals(0, count("select count(c) from ImportedCopy c"));
        assertEquals(0, count("select count(o) from Organisation o where o.originUri is not"
                + " null"));
        assertEquals(0, count("select count(a) from Article a where a.originUri is not null"));
        assertEquals(0, count("select count(r) from ImportReference r"));
        assertEquals(0, count("select count(c) from SyncConflict c"));
        Set<String> tombstones = nodes.a.asVisitor(() -> Set.copyOf(nodes.a.entityManager()
                .createQuery("select t.uuid from Tombstone t", String.class).getResultList()));
        assertTrue(tombstones.containsAll(copied), tombstones + " " + copied);

        Article keptNews = nodes.a.asVisitor(() -> nodes.a.articles.get(news.getUuid()));
        assertEquals(Set.of(own.getUuid()), keptNews.getRelatedEntities().stream()
                .map(Organisation::getUuid).collect(Collectors.toSet()));
        UUID jobId = job.getUuid();
        UUID serviceId = service.getUuid();
        assertEquals(null, nodes.a.asVisitor(() -> nodes.a.articles.get(jobId)).getJob()
                .map(JobDetails::getHiringEntity).orElse(null));
        assertEquals(null, nodes.a.asVisitor(() -> nodes.a.articles.get(serviceId))
                .getOffering().map(OfferingDetails::getProvider).orElse(null));
        assertTrue(nodes.a.asVisitor(() -> nodes.a.organisations.find(own.getUuid()))
                .isPresent());
    }
}
