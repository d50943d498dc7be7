package org.openxeco.network.catalogue;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.network.SharingPolicy;

/**
 * The JPQL condition selecting what this node offers to peers: public objects that are
 * shared by their own choice, or that have none and whose type is shared by default. It
 * states in a query what {@link Organisation#isPublic()}, {@link Article#isPublic()} and
 * {@link SharingPolicy#isShared} decide for one object, so no list ever holds an object
 * they would refuse. Parameter names start with {@code offered}.
 */
public record SharedCondition(String jpql, Map<String, Object> parameters) {

    public SharedCondition {
        parameters = Map.copyOf(parameters);
    }

    /** Active entities, shared by choice or by the default of entities. */
    public static SharedCondition entities(String alias, Map<ObjectType, Boolean> defaults) {
        String choice = byDefault(defaults, ObjectType.ENTITY)
                ? "(" + chosen(alias) + " or " + alias + ".shared is null)"
                : chosen(alias);
        return new SharedCondition(alias + ".status = :offeredStatus and " + alias
                + ".originUri is null and " + choice,
                Map.of("offeredStatus", OrganisationStatus.ACTIVE));
    }

    /**
     * Public articles whose publication time is unset or has come, shared by choice or by
     * the default of their type.
     */
    public static SharedCondition articles(String alias, Map<ObjectType, Boolean> defaults,
            Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("offeredStatus", ArticleStatus.PUBLIC);
        parameters.put("offeredNow", now);
        List<ArticleType> sharedTypes = Arrays.stream(ArticleType.values())
                .filter(t -> byDefault(defaults, t.objectType())).toList();
        String choice;
        if (sharedTypes.size() == ArticleType.values().length) {
            choice = "(" + chosen(alias) + " or " + alias + ".shared is null)";
        } else if (sharedTypes.isEmpty()) {
            choice = chosen(alias);
        } else {
            choice = "(" + chosen(alias) + " or (" + alias + ".shared is null and "
                    + alias + ".type in :offeredTypes))";
            parameters.put("offeredTypes", sharedTypes);
        }
        return new SharedCondition(alias + ".status = :offeredStatus and " + alias
                + ".originUri is null and (" + alias
                + ".publishedAt is null or " + alias + ".publishedAt <= :offeredNow) and "
                + choice, parameters);
    }

    /** Adds the condition and its parameters to a query. */
    public QueryBuilder applyTo(QueryBuilder query) {
        Object[] pairs = parameters.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                .toArray();
        return query.where(jpql, pairs);
    }

    /**
     * Whether the object's own choice is to share. The flag is compared as a number: the
     * persistence provider writes a boolean literal or parameter as 1 on H2, which H2 2
     * refuses to compare with a BOOLEAN column; both databases cast a boolean to 1 or 0.
     */
    private static String chosen(String alias) {
        return "cast(" + alias + ".shared as integer) = 1";
    }

    // The same fallback as SharingPolicy: a type without a stored default is shared.
    private static boolean byDefault(Map<ObjectType, Boolean> defaults, ObjectType type) {
        return defaults.getOrDefault(type, true);
    }
}
