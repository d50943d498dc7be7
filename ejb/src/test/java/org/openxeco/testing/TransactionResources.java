package org.openxeco.testing;

import java.util.HashMap;
import java.util.Map;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The per-transaction resource map of a container, for services wired by hand around
 * resource-local transactions: {@link Services} clears it when each transaction ends.
 */
final class TransactionResources implements TransactionSynchronizationRegistry {

    private final Map<Object, Object> resources = new HashMap<>();

    void clear() {
        resources.clear();
    }

    @Override
    public Object getTransactionKey() {
        return this;
    }

    @Override
    public void putResource(Object key, Object value) {
        resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        throw new UnsupportedOperationException("Not used by the services");
    }

    @Override
    public int getTransactionStatus() {
        return jakarta.transaction.Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException("Not used by the services");
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
