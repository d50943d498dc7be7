package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * Search texts made by an older folding are made again once, batch by batch, without
 * changing the entities' versions or change numbers; descriptions are searched by the
 * characters their numeric references stand for, not by the references' digits.
 */
class SearchTextRefreshServiceTest {

    private Services services;
    private final SearchTextRefresh refresh = new SearchTextRefresh();

    @BeforeEach
    void start() {
        services = new Services();
        refresh.em = services.entityManager();
        refresh.settings = services.settings;
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private Organisation stored(java.util.UUID uuid) {
        return services.asVisitor(() -> services.organisations.get(uuid));
    }

    private void runAll() {
        long last = 0;
        int batches = 0;
        while (last >= 0) {
            long after = last;
            last = services.asAdmin(() -> refresh.batch(after));
            batches++;
            assertTrue(batches < 100, "the refresh ends");
        }
    }

    @Test
    void textsOfAnOlderFoldingAreMadeAgainOnceAndNothingElseMoves() {
        Organisation data = Fixtures.organisation(Fixtures.unique("Refs"), "FR");
        data.setDescription("<p>Prix = 61 \"euros\" &amp; plus</p>");
        Organisation saved = services.asAdmin(() -> services.organisations.create(data,
                List.of()));
        String current = stored(saved.getUuid()).getSearchText();
        assertTrue(current.contains("prix = 61 \"euros\" & plus"), current);
        assertFalse(current.contains("#"), "no reference is left in the text: " + current);

        // As a node whose texts an older folding made would hold them.
        services.asAdmin(() -> services.entityManager().createNativeQuery("UPDATE organisation"
                + " SET search_text = 'old' WHERE uuid = ?1")
                .setParameter(1, saved.getUuid().toString()).executeUpdate());
        services.asAdmin(() -> {
            services.settings.put(SearchTextRefresh.SETTING, "1");
            return null;
        });
        assertTrue(services.asVisitor(refresh::outdated));
        Organisation before = stored(saved.getUuid());

        runAll();

        Organisation after = stored(saved.getUuid());
        assertEquals(current, after.getSearchText());
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(before.getChangeSeq(), after.getChangeSeq());
        assertFalse(services.asVisitor(refresh::outdated), "the version is noted");
    }
}
