package org.openxeco.audit;

import java.util.concurrent.Callable;

/**
 * The way a change reached the node (portal, API, import, the node itself), set by the
 * entry point that handles the request for the thread that calls the services.
 */
public final class AuditChannel {

    public static final String PORTAL = "portal";
    public static final String API = "api";
    public static final String IMPORT = "import";
    public static final String NODE = "node";
    public static final String DIRECT = "direct";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private AuditChannel() {
    }

    /** Runs the work with changes attributed to the given channel. */
    public static <T> T run(String channel, Callable<T> work) throws Exception {
        String outer = CURRENT.get();
        CURRENT.set(channel);
        try {
            return work.call();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Sets the channel of the current thread until {@link #clear()}; for request filters. */
    public static void enter(String channel) {
        CURRENT.set(channel);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The current channel, {@link #DIRECT} when no entry point set one. */
    public static String current() {
        String channel = CURRENT.get();
        return channel == null ? DIRECT : channel;
    }
}
