package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.taxonomy.BundledTaxonomies.State;
import org.openxeco.taxonomy.BundledTaxonomies.Status;
import org.openxeco.testing.Services;

/** The bundled taxonomies page's service: state of each, install and complete. */
class BundledTaxonomiesServiceTest {

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void installThenCompleteAfterAValueWasDeleted() {
        int shipped = TaxonomyInstaller.readBundled(BundledTaxonomy.CONFERENCE_TOPICS).size();
        assertEquals(new Status(BundledTaxonomy.CONFERENCE_TOPICS, State.NOT_INSTALLED, 0,
                shipped, Optional.empty()), status(BundledTaxonomy.CONFERENCE_TOPICS));

        TaxonomyInstaller.Report first = node.asAdmin(() -> node.bundled.install(
                "conference-topics"));
        assertEquals(new TaxonomyInstaller.Report("conference-topics", shipped, 0), first);
        Status installed = status(BundledTaxonomy.CONFERENCE_TOPICS);
        UUID scheme = installed.scheme().orElseThrow();
        assertEquals(new Status(BundledTaxonomy.CONFERENCE_TOPICS, State.INSTALLED, shipped,
                shipped, Optional.of(scheme)), installed);

        TaxonomyValue leaf = node.asVisitor(() -> node.taxonomies.values(scheme)).stream()
                .filter(v -> node.asVisitor(() -> node.taxonomies.values(scheme)).stream()
                        .noneMatch(c -> c.getParent().map(p -> p.getUuid().equals(v.getUuid()))
                                .orElse(false))).findFirst().orElseThrow();
        node.asAdmin(() -> {
            node.taxonomies.deleteValue(scheme, leaf.getUuid(), leaf.getVersion());
            return null;
        });
        assertEquals(new Status(BundledTaxonomy.CONFERENCE_TOPICS, State.INCOMPLETE,
                shipped - 1, shipped, Optional.of(scheme)),
                status(BundledTaxonomy.CONFERENCE_TOPICS));

        assertEquals(new TaxonomyInstaller.Report("conference-topics", 1, shipped - 1),
                node.asAdmin(() -> node.bundled.install("conference-topics")));
        assertEquals(State.INSTALLED, status(BundledTaxonomy.CONFERENCE_TOPICS).state());
    }

    @Test
    void listsAllFourAndRefusesOthersThanAdministrators() {
        List<Status> all = node.asAdmin(() -> node.bundled.list());
        assertEquals(List.of(BundledTaxonomy.values()), all.stream().map(Status::taxonomy)
                .toList());
        assertThrows(NotAllowedException.class, () -> node.asVisitor(() -> node.bundled.list()));
        assertThrows(NotAllowedException.class, () -> node.asVisitor(() -> node.bundled
                .install("countries")));
        assertThrows(NotFoundException.class, () -> node.asAdmin(() -> node.bundled
                .install("no-such")));
    }

    private static Status status(BundledTaxonomy bundled) {
        return node.asAdmin(() -> node.bundled.list()).stream()
                .filter(s -> s.taxonomy() == bundled).findFirst().orElseThrow();
    }
}
