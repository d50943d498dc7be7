package org.openxeco.health;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the health checks report, in one place for every module that declares them (see
 * {@link NodeChecks}). The domain module says at start how to ask the database and whether
 * first-start loading is done; until then both are reported DOWN. Free of the MicroProfile
 * Health API, so that the domain module also runs where the server has none.
 */
@ApplicationScoped
public class NodeHealth {

    private volatile BooleanSupplier databaseAnswers = () -> false;
    private volatile Supplier<String> schemaVersion = () -> "";
    private volatile BooleanSupplier firstLoadDone = () -> false;

    /** Called once at start by the domain module with its own answers. */
    public void watch(BooleanSupplier databaseAnswers, Supplier<String> schemaVersion,
            BooleanSupplier firstLoadDone) {
        this.databaseAnswers = databaseAnswers;
        this.schemaVersion = schemaVersion;
        this.firstLoadDone = firstLoadDone;
    }

    /** Whether the database answers a query now; false when asking it fails. */
    public boolean databaseAnswers() {
        try {
            return databaseAnswers.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The schema version the migrations left, empty before they ran. */
    public String schemaVersion() {
        return schemaVersion.get();
    }

    /** Whether first-start loading is done (or was not needed). */
    public boolean firstLoadDone() {
        return firstLoadDone.getAsBoolean();
    }
}
