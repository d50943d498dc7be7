package org.openxeco.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The node's health checks over {@link NodeHealth}, for the modules that declare them. */
public final class NodeChecks {

    private NodeChecks() {
    }

    /** Readiness: UP while the database answers, with the schema version. */
    public static HealthCheck database(NodeHealth health) {
        return () -> HealthCheckResponse.named("database").status(health.databaseAnswers())
                .withData("schema", health.schemaVersion()).build();
    }

    /** Startup: UP once first-start loading is done. */
    public static HealthCheck firstLoad(NodeHealth health) {
        return () -> HealthCheckResponse.named("first-start-loading")
                .status(health.firstLoadDone()).build();
    }

    /** Liveness: UP while the application runs. */
    public static HealthCheck application() {
        return () -> HealthCheckResponse.up("application");
    }
}
