package org.openxeco.kernel;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks work the node does on its own behalf (installing bundled taxonomies, loading demo
 * data at first start) so that services grant it the rights of an administrator. Only code
 * inside the domain module can start such a task; no request can.
 */
public final class SystemTask {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemTask() {
    }

    /** Runs the work as the node itself and returns its result. */
    public static <T> T run(Callable<T> work) throws Exception {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.call();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Whether the current thread runs work of the node itself. */
    public static boolean isActive() {
        return ACTIVE.get();
    }

    /**
     * Logs a business change at INFO, or at FINE inside a system task, where a bulk load
     * reports one summary line instead of a line per object.
     */
    public static void logChange(Logger log, Supplier<String> message) {
        log.log(isActive() ? Level.FINE : Level.INFO, message);
    }
}
