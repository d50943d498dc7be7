package org.openxeco.taxonomy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Roles;

/**
 * The taxonomies shipped with the node as administrators see them: source, licence, stable
 * scheme URI and whether each is installed, complete or missing values, with one call to
 * install or complete it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class BundledTaxonomies {

    private static final Map<BundledTaxonomy, Set<String>> CODES =
            new EnumMap<>(BundledTaxonomy.class);

    @Inject
    TaxonomyService taxonomies;

    @Inject
    TaxonomyInstaller installer;

    @Resource
    SessionContext context;

    /** Whether a bundled taxonomy is on the node, and whole. */
    public enum State {
        NOT_INSTALLED, INCOMPLETE, INSTALLED
    }

    /**
     * One bundled taxonomy: what it is, its state, the values of it the node has and the
     * values it ships, and the local scheme if installed.
     */
    public record Status(BundledTaxonomy taxonomy, State state, int installedValues,
            int bundledValues, Optional<UUID> scheme) {
    }

    /** Every bundled taxonomy with its state. */
    public List<Status> list() {
        Roles.requireAdmin(context);
        return List.of(BundledTaxonomy.values()).stream().map(this::status).toList();
    }

    /** Installs a bundled taxonomy, or adds the values it lacks, by code. */
    public TaxonomyInstaller.Report install(String code) {
        Roles.requireAdmin(context);
        return installer.install(byCode(code));
    }

    /** The bundled taxonomy with the code, or not found. */
    public static BundledTaxonomy byCode(String code) {
        return List.of(BundledTaxonomy.values()).stream().filter(b -> b.code().equals(code))
                .findFirst().orElseThrow(() -> new NotFoundException("Bundled taxonomy", code));
    }

    private Status status(BundledTaxonomy bundled) {
        Set<String> shipped = codes(bundled);
        Optional<TaxonomyScheme> scheme = taxonomies.findSchemeByCode(bundled.code());
        if (scheme.isEmpty()) {
            return new Status(bundled, State.NOT_INSTALLED, 0, shipped.size(), Optional.empty());
        }
        Set<String> present = taxonomies.values(scheme.get().getUuid()).stream()
                .map(TaxonomyValue::getCode).collect(Collectors.toCollection(HashSet::new));
        int installed = (int) shipped.stream().filter(present::contains).count();
        return new Status(bundled, installed == shipped.size() ? State.INSTALLED
                : State.INCOMPLETE, installed, shipped.size(), Optional.of(scheme.get().getUuid()));
    }

    private static Set<String> codes(BundledTaxonomy bundled) {
        synchronized (CODES) {
            return CODES.computeIfAbsent(bundled, b -> TaxonomyInstaller.readBundled(b).stream()
                    .map(TaxonomyRow::code).collect(Collectors.toUnmodifiableSet()));
        }
    }
}
