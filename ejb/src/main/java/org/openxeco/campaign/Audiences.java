package org.openxeco.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openxeco.account.Emails;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.InLists;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Finds whom a campaign reaches. Only people who accept communication count: an account's
 * own choice for its address, the unsubscribed-address list for addresses of no account.
 * Tag audiences match a value's whole subtree and need every chosen value, as the directory's
 * filters do. Administrators only.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class Audiences {

    private static final String REACHABLE = " a.active = true and a.awaitingVerification = false"
            + " and a.emailKey is not null and a.acceptsCommunication = true";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    @Resource
    SessionContext context;

    /** How many people the campaign would reach now. */
    public int count(CampaignDraft draft) {
        Roles.requireAdmin(context);
        return targets(draft.audience(), draft.tags(), draft.addresses()).size();
    }

    /** The people a campaign goes to now, each address once. */
    public List<Target> targets(Audience audience, List<UUID> tags, List<String> addresses) {
        Roles.requireAdmin(context);
        if (audience == null) {
            return List.of();
        }
        return switch (audience) {
            case MEMBERS -> accounts("select distinct a.id, a.email, a.emailKey, a.language"
                    + " from Account a join a.roles r where r = :role and" + REACHABLE,
                    Map.of("role", Roles.MEMBER));
            case TAGGED -> tagged(tags);
            case LIST -> listed(addresses);
        };
    }

    private List<Target> tagged(List<UUID> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("select distinct a.id, a.email, a.emailKey,"
                + " a.language from Account a join a.entities o where o.status = :active and")
                .append(REACHABLE);
        Map<String, Object> parameters = new HashMap<>(Map.of("active",
                OrganisationStatus.ACTIVE));
        for (int i = 0; i < tags.size(); i++) {
            TaxonomyValue value = taxonomies.findValue(tags.get(i))
                    .filter(v -> v.getScheme().mayTag(ObjectType.ENTITY))
                    .orElseThrow(() -> Problems.invalid("tags", "campaign.tagUnknown"));
            query.append(" and o.id in (select o").append(i).append(".id from Organisation o")
                    .append(i).append(" join o").append(i).append(".tags t").append(i)
                    .append(" where t").append(i).append(".path like :tag").append(i)
                    .append(")");
            parameters.put("tag" + i, value.getPath() + "%");
        }
        return accounts(query.toString(), parameters);
    }

    private List<Target> accounts(String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Target> byKey = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            String key = (String) row[2];
            byKey.putIfAbsent(key, new Target((String) row[1], key, ((Number) row[0])
                    .longValue(), (String) row[3]));
        }
        return new ArrayList<>(byKey.values());
    }

    private List<Target> listed(List<String> addresses) {
        Map<String, String> byKey = new LinkedHashMap<>();
        addresses.forEach(a -> byKey.putIfAbsent(Emails.key(a), a.strip()));
        Map<String, Object[]> holders = new HashMap<>();
        Set<String> unsubscribed = new HashSet<>();
        InLists.each(byKey.keySet(), chunk -> {
            em.createQuery("select a.emailKey, a.id, a.language, a.acceptsCommunication, a.active"
                    + " from Account a where a.emailKey in :keys", Object[].class)
                    .setParameter("keys", chunk).getResultList()
                    .forEach(row -> holders.put((String) row[0], row));
            unsubscribed.addAll(em.createQuery("select u.addressKey from UnsubscribedAddress u"
                    + " where u.addressKey in :keys", String.class)
                    .setParameter("keys", chunk).getResultList());
        });
        List<Target> targets = new ArrayList<>();
        byKey.forEach((key, address) -> {
            Object[] account = holders.get(key);
            if (account == null && !unsubscribed.contains(key)) {
                targets.add(new Target(address, key, null, null));
            } else if (account != null && (Boolean) account[3]) {
                targets.add(new Target(address, key, ((Number) account[1]).longValue(),
                        (String) account[2]));
            }
        });
        return targets;
    }

    /** Whether the address may still be mailed: checked again just before each mail. */
    public boolean stillAccepts(String key) {
        Roles.requireAdmin(context);
        List<Boolean> accounts = em.createQuery("select a.acceptsCommunication from Account a"
                + " where a.emailKey = :key", Boolean.class).setParameter("key", key)
                .getResultList();
        if (!accounts.isEmpty()) {
            return accounts.stream().allMatch(b -> b);
        }
        return em.find(UnsubscribedAddress.class, key) == null;
    }
}
