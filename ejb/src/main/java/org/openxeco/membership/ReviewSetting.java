package org.openxeco.membership;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openxeco.kernel.Roles;
import org.openxeco.setup.NodeSettings;

/**
 * The node setting that decides whether members' changes to their entities wait for an
 * administrator's review (the default) or go live at once.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ReviewSetting {

    static final String NAME = "membership.review-entity-changes";

    private static final Logger LOG = Logger.getLogger(ReviewSetting.class.getName());

    @Inject
    NodeSettings settings;

    @Resource
    SessionContext context;

    /** Whether members' entity changes wait for review. */
    public boolean reviewRequired() {
        return !"false".equals(settings.find(NAME).orElse("true"));
    }

    /** Sets whether members' entity changes wait for review; for administrators. */
    public void setReviewRequired(boolean required) {
        Roles.requireAdmin(context);
        settings.put(NAME, String.valueOf(required));
        LOG.info(() -> "Members' entity changes " + (required ? "wait for review"
                : "go live at once"));
    }
}
