package org.openxeco.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The health checks as beans of the EAR's library, for a server that reads the checks of an
 * EAR only there (WildFly). Left out unless {@link LibraryChecksSwitch} is switched on: a
 * server that reads every module's checks (Open Liberty) finds them in the REST module and
 * would list these once more for each module that sees the library.
 */
@ApplicationScoped
public class LibraryHealthChecks {

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
