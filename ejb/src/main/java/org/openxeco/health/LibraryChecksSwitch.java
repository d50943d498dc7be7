package org.openxeco.health;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Keeps {@link LibraryHealthChecks} out of the application unless the server sets the system
 * property {@value #PROPERTY} to {@code true} (the WildFly recipe does). The class is matched
 * by name: a server without MicroProfile Health cannot load it.
 */
public class LibraryChecksSwitch implements Extension {

    static final String PROPERTY = "openxeco.health.ear-library";
    private static final String CHECKS = "org.openxeco.health.LibraryHealthChecks";

    void leaveOut(@Observes @WithAnnotations(Produces.class) ProcessAnnotatedType<?> type) {
        if (CHECKS.equals(type.getAnnotatedType().getJavaClass().getName())
                && !Boolean.getBoolean(PROPERTY)) {
            type.veto();
        }
    }
}
