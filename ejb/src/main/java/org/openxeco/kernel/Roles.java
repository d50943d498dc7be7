package org.openxeco.kernel;

import jakarta.ejb.EJBContext;

/** The roles of the node and the checks services run before every protected action. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    private Roles() {
    }

    /** Whether the current caller (or the node itself) holds the admin role. */
    public static boolean isAdmin(EJBContext context) {
        return SystemTask.isActive() || (context != null && context.isCallerInRole(ADMIN));
    }

    /** Refuses the action unless the caller is an administrator. */
    public static void requireAdmin(EJBContext context) {
        if (!isAdmin(context)) {
            throw new NotAllowedException("This action needs the admin role");
        }
    }
}
