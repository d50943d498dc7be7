package org.openxeco.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;

/**
 * Counts the SQL statements the persistence provider sends while some work runs, to show
 * that reading a list costs a fixed number of queries rather than some per listed object.
 */
public final class SqlStatements extends AbstractSessionLog {

    private final AtomicInteger count = new AtomicInteger();

    private SqlStatements() {
        setLevel(SessionLog.FINE);
    }

    /** The number of statements sent while {@code work} runs on this entity manager. */
    public static int during(EntityManager em, Runnable work) {
        Session server = JpaHelper.getServerSession(em.getEntityManagerFactory());
        Session current = em.unwrap(Session.class);
        SessionLog serverLog = server.getSessionLog();
        SessionLog currentLog = current.getSessionLog();
        SqlStatements counter = new SqlStatements();
        server.setSessionLog(counter);
        current.setSessionLog(counter);
        try {
            work.run();
            return counter.count.get();
        } finally {
            server.setSessionLog(serverLog);
            current.setSessionLog(currentLog);
        }
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            count.incrementAndGet();
        }
    }
}
