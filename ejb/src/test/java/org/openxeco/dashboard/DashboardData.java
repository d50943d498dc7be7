package org.openxeco.dashboard;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ejb.SessionContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Roles;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * A fresh, empty node with the dashboard service wired by hand, and the records its figures
 * count: entities with tags and addresses, articles, accounts, members' work, audit entries,
 * peers and sync runs, each dated as a test needs.
 */
final class DashboardData implements AutoCloseable {

    // Far above the sequence's values, so no generated id ever meets these.
    private static final AtomicLong IDS = new AtomicLong(2_000_000_000_000L);

    final Services services = new Services();
    final Dashboard dashboard = new Dashboard();

    DashboardData(Instant now) {
        dashboard.em = services.entityManager();
        dashboard.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    <T> T admin(Callable<T> work) {
        return services.asAdmin(work);
    }

    /** Runs the work as a signed-in member who is no administrator. */
    <T> T member(Callable<T> work) {
        dashboard.context = (SessionContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCallerInRole" -> Roles.MEMBER.equals(args[0]);
                    case "getCallerPrincipal" -> (java.security.Principal) () -> "member";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        try {
            return services.asVisitor(work);
        } finally {
            dashboard.context = null;
        }
    }

    UUID scheme(String code) {
        return admin(() -> services.taxonomies.createScheme(Fixtures.scheme(code,
                ObjectType.ENTITY))).getUuid();
    }

    TaxonomyValue value(UUID scheme, String code, String french) {
        TaxonomyValue data = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        data.setLabels(Map.of("en", "Label " + code, "fr", french));
        return admin(() -> services.taxonomies.createValue(scheme, data, null));
    }

    /** An entity with addresses in the given countries (none: no address) and tags. */
    Organisation entity(List<String> countries, TaxonomyValue... tags) {
        Organisation data = Fixtures.organisation(Fixtures.unique("Entity"), "LU");
        data.setAddresses(countries.stream()
                .map(c -> new Address("1 Main Street", "1234", "Town", null, c)).toList());
        return admin(() -> services.organisations.create(data,
                Arrays.stream(tags).map(TaxonomyValue::getUuid).toList()));
    }

    Organisation entity(TaxonomyValue... tags) {
        return entity(List.of("LU"), tags);
    }

    /** An article of the type, as if it had been added at the given time. */
    Article article(ArticleType type, String created) {
        // Written as news, whose fields are all optional, then given its type: the figures
        // count types and dates, not the fields each type requires.
        Article data = new Article(ArticleType.NEWS);
        data.setTitle(Fixtures.unique("Article"));
        Article article = admin(() -> services.articles.create(data, new ArticleReferences(
                List.of(), List.of(), Optional.empty(), Optional.empty())));
        sql("update article set created = ?1, type = ?2 where uuid = ?3", time(created),
                type.name(), article.getUuid().toString());
        return article;
    }

    /** An account opened at one time and last signed in at another (or never: null). */
    long account(String created, String lastSignIn) {
        long id = IDS.incrementAndGet();
        String name = "a" + id;
        sql("insert into account (id, uuid, version, created, updated, username, username_key,"
                + " password_hash, active, failed_sign_ins, awaiting_verification, last_sign_in)"
                + " values (?1, ?2, 1, ?3, ?3, ?4, ?4, 'x', true, 0, false, ?3)", id,
                UUID.randomUUID().toString(), time(created), name);
        if (lastSignIn == null) {
            sql("update account set last_sign_in = null where id = ?1", id);
        } else {
            sql("update account set last_sign_in = ?1 where id = ?2", time(lastSignIn), id);
        }
        sql("insert into account_role (account_id, role) values (?1, ?2)", id, Roles.MEMBER);
        return id;
    }

    /** A member's request to be attached to an entity, sent at a time, in a status. */
    void request(long account, Organisation entity, String created, String status) {
        sql("insert into member_request (id, uuid, version, created, account_id, kind,"
                + " organisation_id, status) values (?1, ?2, 1, ?3, ?4, 'ATTACH',"
                + " (select id from organisation where uuid = ?5), ?6)", IDS.incrementAndGet(),
                UUID.randomUUID().toString(), time(created), account,
                entity.getUuid().toString(), status);
    }

    /** A member's proposed change of an entity, sent at a time, in a status. */
    void change(long account, Organisation entity, String created, String status) {
        sql("insert into entity_change (id, uuid, version, created, account_id,"
                + " organisation_id, base_version, base_content, content, status) values"
                + " (?1, ?2, 1, ?3, ?4, (select id from organisation where uuid = ?5), 1,"
                + " '{}', '{}', ?6)", IDS.incrementAndGet(), UUID.randomUUID().toString(),
                time(created), account, entity.getUuid().toString(), status);
    }

    /** Puts an article under review, as a member's submission does. */
    void underReview(Article article) {
        sql("update article set status = 'UNDER_REVIEW' where uuid = ?1",
                article.getUuid().toString());
    }

    /** A member's article (stored as the given article) sent for review. */
    void memberArticle(long account, Organisation entity, Article article) {
        sql("insert into member_article (id, version, article_id, account_id, organisation_id,"
                + " state) values (?1, 1, (select id from article where uuid = ?2), ?3,"
                + " (select id from organisation where uuid = ?4), 'SUBMITTED')",
                IDS.incrementAndGet(), article.getUuid().toString(), account,
                entity.getUuid().toString());
    }

    /** An audit entry of a change by an actor at a time. */
    void audit(String actor, String at) {
        sql("insert into audit_entry (id, at, actor, channel, action, object_type, object_uuid)"
                + " values (?1, ?2, ?3, 'portal', 'UPDATE', 'ENTITY', ?4)",
                IDS.incrementAndGet(), time(at), actor, UUID.randomUUID().toString());
    }

    /** A peer in a state, last contacted at a time (or never: null); returns its id. */
    long peer(String name, String state, String lastContact) {
        long id = IDS.incrementAndGet();
        sql("insert into peer (id, uuid, version, base_url, name, fingerprint, state,"
                + " initiated_here, created, state_changed, failures) values"
                + " (?1, ?2, 1, ?3, ?4, 'fp', ?5, true, ?6, ?6, 0)", id,
                UUID.randomUUID().toString(), "https://" + name + ".example.org", name, state,
                time("2025-01-01T00:00:00Z"));
        if (lastContact != null) {
            sql("update peer set last_contact = ?1 where id = ?2", time(lastContact), id);
        }
        return id;
    }

    /** A sync run of a peer started at a time, ended (or not: null) in a state. */
    void run(long peer, String started, String finished, String state, int errors) {
        long id = IDS.incrementAndGet();
        sql("insert into sync_run (id, peer_id, trigger_kind, started, state,"
                + " from_position, position, pages, created_count, updated_count,"
                + " unchanged_count, withdrawn_count, conflict_count, error_count) values"
                + " (?1, ?2, 'SCHEDULE', ?3, ?4, 0, 0, 1, 0, 0, 0, 0, 0, ?5)",
                id, peer, time(started), state, errors);
        if (finished != null) {
            sql("update sync_run set finished = ?1 where id = ?2", time(finished), id);
        }
    }

    private void sql(String statement, Object... values) {
        services.asVisitor(() -> {
            var query = services.entityManager().createNativeQuery(statement);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return query.executeUpdate();
        });
    }

    private static OffsetDateTime time(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        services.close();
    }
}
