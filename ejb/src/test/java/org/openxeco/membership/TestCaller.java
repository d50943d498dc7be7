package org.openxeco.membership;

import java.security.Principal;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBHome;
import jakarta.ejb.EJBLocalHome;
import jakarta.ejb.EJBLocalObject;
import jakarta.ejb.EJBObject;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TimerService;
import jakarta.transaction.UserTransaction;

/**
 * The container's view of who calls, for services wired by hand: the signed-in user name and
 * roles a test sets before each call. Everything else a container offers is not used here.
 */
final class TestCaller implements SessionContext {

    private String name;
    private Set<String> roles = Set.of();

    void signIn(String username, String... roleNames) {
        name = username;
        roles = Set.of(roleNames);
    }

    void signOut() {
        name = null;
        roles = Set.of();
    }

    @Override
    public Principal getCallerPrincipal() {
        String current = name;
        return () -> current == null ? "UNAUTHENTICATED" : current;
    }

    @Override
    public boolean isCallerInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public EJBLocalObject getEJBLocalObject() {
        throw new UnsupportedOperationException();
    }

    @Override
    public EJBObject getEJBObject() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T getBusinessObject(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Class<?> getInvokedBusinessInterface() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean wasCancelCalled() {
        return false;
    }

    @Override
    public EJBHome getEJBHome() {
        throw new UnsupportedOperationException();
    }

    @Override
    public EJBLocalHome getEJBLocalHome() {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserTransaction getUserTransaction() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }

    @Override
    public TimerService getTimerService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object lookup(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> getContextData() {
        return Map.of();
    }
}
