package org.openxeco.network.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.InLists;
import org.openxeco.kernel.Roles;

/**
 * Tells which of a peer's objects, given by their URIs on the peer, have a copy on this
 * node, so the admin portal can mark them while an administrator browses that peer.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ImportedObjects {

    private static final List<String> QUERIES = List.of(
            "select o.originUri from Organisation o where o.originUri in :uris",
            "select a.originUri from Article a where a.originUri in :uris");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The URIs among those given that an entity or article of this node was imported from. */
    public Set<String> importedAmong(Collection<String> uris) {
        Roles.requireAdmin(context);
        List<String> distinct = uris.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> imported = new HashSet<>();
        InLists.each(distinct, chunk -> QUERIES.forEach(query -> imported.addAll(em
                .createQuery(query, String.class).setParameter("uris", chunk).getResultList())));
        return imported;
    }
}
