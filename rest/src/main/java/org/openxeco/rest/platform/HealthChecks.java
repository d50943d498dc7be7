package org.openxeco.rest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

import org.openxeco.setup.Migrations;
import org.openxeco.setup.NodeSettings;
import org.openxeco.setup.NodeSetup;

/**
 * Health of the node: started once first-start loading is done, ready while the database
 * answers, live while the application runs.
 */
@ApplicationScoped
public class HealthChecks {

    @Inject
    NodeSettings settings;

    @Inject
    NodeSetup setup;

    @Inject
    Migrations migrations;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            boolean up;
            try {
                up = settings.databaseAnswers();
            } catch (RuntimeException e) {
                up = false;
            }
            return HealthCheckResponse.named("database").status(up)
                    .withData("schema", migrations.schemaVersion()).build();
        };
    }

    @Produces
    @Startup
    HealthCheck firstLoad() {
        return () -> HealthCheckResponse.named("first-start-loading").status(setup.isReady())
                .build();
    }

    @Produces
    @Liveness
    HealthCheck application() {
        return () -> HealthCheckResponse.up("application");
    }
}
