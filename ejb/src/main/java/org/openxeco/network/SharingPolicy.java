package org.openxeco.network;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openxeco.audit.AuditFields;
import org.openxeco.audit.AuditTrail;
import org.openxeco.audit.Audited;
import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Roles;
import org.openxeco.setup.NodeSettings;

/**
 * Decides whether a public object is offered to peer nodes: its own choice if it has one,
 * otherwise the default of its type, which administrators set. New nodes share every type.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class SharingPolicy {

    /** The types whose objects can be shared. */
    public static final Set<ObjectType> SHAREABLE = EnumSet.of(ObjectType.ENTITY,
            ObjectType.NEWS, ObjectType.EVENT, ObjectType.JOB_OFFER, ObjectType.SERVICE,
            ObjectType.TOOL, ObjectType.TAXONOMY);

    static final String PREFIX = "network.share.";
    private static final UUID SETTINGS_ID = UUID.nameUUIDFromBytes(
            "urn:openxeco:settings:sharing".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Inject
    NodeSettings settings;

    @Inject
    ChangeLog changes;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** The default of every shareable type. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<ObjectType, Boolean> defaults() {
        Map<ObjectType, Boolean> defaults = new EnumMap<>(ObjectType.class);
        for (ObjectType type : SHAREABLE) {
            defaults.put(type, settings.find(PREFIX + type).map(Boolean::parseBoolean)
                    .orElse(true));
        }
        return defaults;
    }

    /** Sets the defaults of the given types; other types keep theirs. */
    public void setDefaults(Map<ObjectType, Boolean> newDefaults) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Map<ObjectType, Boolean> before = defaults();
        audit.before(view(before));
        newDefaults.forEach((type, shared) -> {
            if (SHAREABLE.contains(type) && shared != null) {
                settings.put(PREFIX + type, shared.toString());
            }
        });
        audit.recorded(view(defaults()), false);
    }

    /**
     * Whether this entity is offered to peers now. Copies of other nodes' objects never are:
     * their origin offers them, so the network holds one source of each object.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isShared(Organisation organisation) {
        return organisation.isPublic() && organisation.getOriginUri().isEmpty()
                && decide(organisation.getShared(), ObjectType.ENTITY);
    }

    /** Whether this article is offered to peers now; never a copy, as for entities. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isShared(Article article) {
        return article.isPublic() && article.getOriginUri().isEmpty()
                && decide(article.getShared(), article.objectType());
    }

    private boolean decide(Boolean own, ObjectType type) {
        return own != null ? own : defaults().getOrDefault(type, true);
    }

    /**
     * Whether the object is offered to peers under the given defaults, for callers that
     * decide for many objects at once and read the defaults once.
     */
    public static boolean isShared(Organisation organisation, Map<ObjectType, Boolean> defaults) {
        return organisation.isPublic() && organisation.getOriginUri().isEmpty()
                && choice(organisation.getShared(), ObjectType.ENTITY, defaults);
    }

    /** Whether the article is offered to peers under the given defaults. */
    public static boolean isShared(Article article, Map<ObjectType, Boolean> defaults) {
        return article.isPublic() && article.getOriginUri().isEmpty()
                && choice(article.getShared(), article.objectType(), defaults);
    }

    private static boolean choice(Boolean own, ObjectType type, Map<ObjectType, Boolean> all) {
        return own != null ? own : all.getOrDefault(type, true);
    }

    private static Audited view(Map<ObjectType, Boolean> defaults) {
        return new Audited() {
            @Override
            public String auditType() {
                return "SETTING";
            }

            @Override
            public UUID getUuid() {
                return SETTINGS_ID;
            }

            @Override
            public String auditLabel() {
                return "network sharing defaults";
            }

            @Override
            public Map<String, String> auditFields() {
                AuditFields fields = AuditFields.start();
                defaults.forEach((type, shared) -> fields.put(type.name(), shared));
                return fields.build();
            }
        };
    }
}
