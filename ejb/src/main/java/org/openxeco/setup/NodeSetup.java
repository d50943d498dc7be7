package org.openxeco.setup;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.account.AccountService;
import org.openxeco.health.NodeHealth;
import org.openxeco.kernel.SystemTask;

/**
 * First-start work after the migrations: the first administrator, the bundled taxonomies
 * and, unless switched off, the demo data. Taxonomies and demo data load in the background
 * once per database; until that is done the node reports itself as still starting.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NodeSetup {

    private static final Logger LOG = Logger.getLogger(NodeSetup.class.getName());
    static final String LOADED_MARKER = "setup.first-load";

    @Inject
    AccountService accounts;

    @Inject
    NodeSettings settings;

    @Inject
    DemoDataLoader loader;

    @Inject
    Migrations migrations;

    @Inject
    NodeHealth health;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "openxeco.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "openxeco.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "openxeco.demo-data.enabled", defaultValue = "true")
    boolean demoData;

    private volatile boolean ready;
    private volatile DemoReport lastReport;

    @PostConstruct
    void start() {
        health.watch(settings::databaseAnswers, migrations::schemaVersion, this::isReady);
        String generated = accounts.createFirstAdmin(adminUsername, adminPassword.orElse(null));
        if (!generated.isEmpty()) {
            // Shown once, so the operator can sign in; it is not kept anywhere else.
            LOG.warning("Generated password of the first administrator '" + adminUsername
                    + "': " + generated + "  (change it after signing in)");
        }
        if (settings.find(LOADED_MARKER).isPresent()) {
            ready = true;
            return;
        }
        executor.submit(this::firstLoad);
    }

    private void firstLoad() {
        try {
            SystemTask.run(() -> {
                if (demoData) {
                    lastReport = loader.load();
                } else {
                    loader.installTaxonomies();
                }
                return null;
            });
            settings.put(LOADED_MARKER, Instant.now().toString());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "First-start loading failed; the node has no bundled"
                    + " taxonomies or demo data until it is run again", e);
        } finally {
            ready = true;
        }
    }

    /** Whether first-start loading has finished (or was not needed). */
    public boolean isReady() {
        return ready;
    }

    /** The report of the demo-data load run at this start, if one ran. */
    public Optional<DemoReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }
}
