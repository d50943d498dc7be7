package org.openxeco.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** Every kind of write leaves an audit entry with old and new values of what changed. */
class AuditTrailServiceTest {

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
    void creationListsEveryFilledField() {
        Organisation created = createEntity(Fixtures.unique("Audited"));

        AuditEntry entry = only(created.getUuid());
        assertEquals(AuditAction.CREATE, entry.getAction());
        assertEquals("ENTITY", entry.getObjectType());
        assertEquals(AuditTrail.NODE_ACTOR, entry.getActor());
        assertEquals(created.getName(), entry.getObjectLabel());
        Map<String, FieldChange> fields = byField(entry);
        assertNull(fields.get("name").getOldValue());
        assertEquals(created.getName(), fields.get("name").getNewValue());
        assertTrue(fields.get("addresses").getNewValue().contains("LU"));
    }

    @Test
    void updateListsOnlyTheChangedFieldsWithOldAndNewValues() {
        String name = Fixtures.unique("Before");
        Organisation created = createEntity(name);
        Organisation changed = Fixtures.organisation(name + " after", "LU");
        changed.setEmail("office@example.org");

        services.asAdmin(() -> services.organisations.update(created.getUuid(),
                created.getVersion(), changed, List.of()));

        List<AuditEntry> entries = entries(created.getUuid());
        assertEquals(2, entries.size());
        AuditEntry update = entries.get(0);
        assertEquals(AuditAction.UPDATE, update.getAction());
        Map<String, FieldChange> fields = byField(update);
        assertEquals(Map.of("name", name + " -> " + name + " after",
                "email", "null -> office@example.org"),
                fields.values().stream().collect(Collectors.toMap(FieldChange::getField,
                        c -> c.getOldValue() + " -> " + c.getNewValue())));
    }

    @Test
    void deletionKeepsTheLastValues() {
        Organisation created = createEntity(Fixtures.unique("Gone"));

        services.asAdmin(() -> {
            services.organisations.delete(created.getUuid(), created.getVersion());
            return null;
        });

        AuditEntry deletion = entries(created.getUuid()).get(0);
        assertEquals(AuditAction.DELETE, deletion.getAction());
        assertEquals(created.getName(), byField(deletion).get("name").getOldValue());
        assertNull(byField(deletion).get("name").getNewValue());
    }

    @Test
    void unchangedSaveWritesNoEntry() {
        String name = Fixtures.unique("Same");
        Organisation created = createEntity(name);

        services.asAdmin(() -> services.organisations.update(created.getUuid(),
                created.getVersion(), Fixtures.organisation(name, "LU"), List.of()));

        assertEquals(1, entries(created.getUuid()).size());
    }

    @Test
    void taxonomyChangesAreAuditedFieldByField() {
        TaxonomyScheme scheme = services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("aud" + Long.toString(System.nanoTime(), 36), ObjectType.ENTITY)));
        TaxonomyValue value = services.asAdmin(() -> services.taxonomies.createValue(
                scheme.getUuid(), value(scheme, Map.of("en", "Alpha")), null));

        services.asAdmin(() -> services.taxonomies.updateValue(scheme.getUuid(),
                value.getUuid(), value.getVersion(),
                value(scheme, Map.of("en", "Alpha", "fr", "Alpha FR")), null));

        AuditEntry update = entries(value.getUuid()).get(0);
        assertEquals(AuditAction.UPDATE, update.getAction());
        FieldChange labels = byField(update).get("labels");
        assertEquals("en: Alpha", labels.getOldValue());
        assertEquals("en: Alpha; fr: Alpha FR", labels.getNewValue());
    }

    @Test
    void filtersFindEntriesByObjectActorTypeAndTime() {
        Organisation created = createEntity(Fixtures.unique("Filtered"));
        AuditEntry entry = only(created.getUuid());

        assertEquals(1, services.asAdmin(() -> services.auditLog.count(new AuditQuery(
                created.getUuid(), AuditTrail.NODE_ACTOR, "ENTITY", entry.getAt(),
                entry.getAt().plusSeconds(1)))));
        assertEquals(0, services.asAdmin(() -> services.auditLog.count(new AuditQuery(
                created.getUuid(), "someone-else", null, null, null))));
        assertEquals(0, services.asAdmin(() -> services.auditLog.count(new AuditQuery(
                created.getUuid(), null, null, entry.getAt().plusSeconds(1), null))));
    }

    private static TaxonomyValue value(TaxonomyScheme scheme, Map<String, String> labels) {
        TaxonomyValue value = new TaxonomyValue(scheme, "a");
        value.setLabels(labels);
        return value;
    }

    private static Organisation createEntity(String name) {
        return services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(name, "LU"), List.of()));
    }

    private static List<AuditEntry> entries(UUID object) {
        return services.asAdmin(() -> services.auditLog.list(
                new AuditQuery(object, null, null, null, null), 0, 50));
    }

    private static AuditEntry only(UUID object) {
        List<AuditEntry> entries = entries(object);
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private static Map<String, FieldChange> byField(AuditEntry entry) {
        return entry.getChanges().stream()
                .collect(Collectors.toMap(FieldChange::getField, c -> c));
    }
}
