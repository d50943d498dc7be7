package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.media.ImageSamples;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class OrganisationLogoServiceTest {

    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aLogoIsSetKeptByUpdatesAndCleared() {
        Organisation saved = create("Logoed");
        String hash = storedImage(10);

        Organisation withLogo = setLogo(saved, saved.getVersion(), hash);
        assertEquals(hash, withLogo.getLogoHash());
        assertTrue(withLogo.getVersion() > saved.getVersion());
        assertTrue(withLogo.getChangeSeq() > saved.getChangeSeq());
        assertEquals(hash, read(saved).getLogoHash());

        Organisation data = Fixtures.organisation(saved.getName() + " renamed", "LU");
        data.setLogoUrl("https://example.org/old-logo.png");
        Organisation updated = services.asAdmin(() -> services.organisations.update(
                saved.getUuid(), withLogo.getVersion(), data, List.of()));
        assertEquals(hash, read(saved).getLogoHash());
        assertEquals("https://example.org/old-logo.png", read(saved).getLogoUrl());

        Organisation cleared = setLogo(saved, updated.getVersion(), null);
        assertNull(cleared.getLogoHash());
        assertNull(read(saved).getLogoHash());
        assertEquals("https://example.org/old-logo.png", read(saved).getLogoUrl());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Organisation saved = create("Raced");
        String first = storedImage(11);
        setLogo(saved, saved.getVersion(), first);

        assertThrows(StaleVersionException.class,
                () -> setLogo(saved, saved.getVersion(), storedImage(12)));
        assertEquals(first, read(saved).getLogoHash());
    }

    @Test
    void onlyStoredImagesCanBeALogo() {
        Organisation saved = create("Unstored");
        for (String hash : List.of("ab".repeat(32), "AB".repeat(32), "logo.png")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> setLogo(saved, saved.getVersion(), hash));
            assertEquals("logo", e.errors().get(0).field());
        }
        assertNull(read(saved).getLogoHash());
    }

    @Test
    void visitorsCannotSetALogo() {
        Organisation saved = create("Guarded");
        String hash = storedImage(13);
        assertThrows(NotAllowedException.class, () -> services.asVisitor(() ->
                services.organisations.setLogo(saved.getUuid(), saved.getVersion(), hash)));
    }

    private static Organisation create(String prefix) {
        return services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique(prefix), "LU"), List.of()));
    }

    private static String storedImage(int seed) {
        return services.asAdmin(() -> services.media.store(ImageSamples.png(seed), "logo.png"))
                .getHash();
    }

    private static Organisation setLogo(Organisation organisation, long version, String hash) {
        return services.asAdmin(() -> services.organisations.setLogo(organisation.getUuid(),
                version, hash));
    }

    private static Organisation read(Organisation organisation) {
        return services.asAdmin(() -> services.organisations.get(organisation.getUuid()));
    }
}
