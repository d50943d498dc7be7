package org.openxeco.rest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

import org.openxeco.health.NodeChecks;
import org.openxeco.health.NodeHealth;

/**
 * Health of the node: started once first-start loading is done, ready while the database
 * answers, live while the application runs. {@link NodeChecks} says what each check reports;
 * a server that reads the checks of an EAR only from its libraries gets the same checks from
 * there (see {@code org.openxeco.health.LibraryHealthChecks}).
 */
@ApplicationScoped
public class HealthChecks {

    @Inject
    NodeHealth health;

    @Produces
    @Readiness
    HealthCheck database() {
        return NodeChecks.database(health);
    }

    @Produces
    @Startup
    HealthCheck firstLoad() {
        return NodeChecks.firstLoad(health);
    }

    @Produces
    @Liveness
    HealthCheck application() {
        return NodeChecks.application();
    }
}
