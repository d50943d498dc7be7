package org.openxeco.media;

import java.util.concurrent.Callable;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The transactions of a CSV import: each row (or the whole file) runs in a new transaction
 * of its own, whatever the caller's, so that one row's refusal never touches another.
 */
@Stateless
public class CsvTransactions {

    @PersistenceContext
    EntityManager em;

    /** Runs the work in a new transaction, committed if it returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes what the current transaction changed so far and forgets the loaded objects, so
     * a long import does not slow down as they pile up; the transaction goes on.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
