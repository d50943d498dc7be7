package org.openxeco.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class TaxonomyServiceTest {

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
    void installingBundledTaxonomyTwiceAddsNothingTheSecondTime() {
        TaxonomyInstaller.Report first = services.asAdmin(() ->
                services.installer.install(BundledTaxonomy.NACE));
        TaxonomyInstaller.Report second = services.asAdmin(() ->
                services.installer.install(BundledTaxonomy.NACE));

        assertEquals(996, first.added() + first.existing());
        assertEquals(0, second.added());
        assertEquals(996, second.existing());
        List<TaxonomyValue> values = services.asVisitor(() -> services.taxonomies.values(
                services.taxonomies.findSchemeByCode("nace-rev2").orElseThrow().getUuid()));
        assertEquals(4, values.stream().mapToInt(TaxonomyValue::getDepth).max().orElse(0));
        assertEquals(21, values.stream().filter(v -> v.getDepth() == 1).count());
    }

    @Test
    void duplicateValueCodeInOneSchemeIsRefused() {
        UUID scheme = scheme();
        value(scheme, "a", null);

        assertThrows(ConflictException.class, () -> value(scheme, "a", null));
    }

    @Test
    void movingValueUnderItsOwnDescendantIsRefused() {
        UUID scheme = scheme();
        TaxonomyValue root = value(scheme, "root", null);
        TaxonomyValue child = value(scheme, "child", root.getUuid());
        TaxonomyValue grandchild = value(scheme, "grandchild", child.getUuid());

        ConflictException e = assertThrows(ConflictException.class, () -> services.asAdmin(() ->
                services.taxonomies.updateValue(scheme, root.getUuid(), root.getVersion(),
                        data(scheme, "root"), grandchild.getUuid())));
        assertEquals("cycle", e.kind());
    }

    @Test
    void movingValueMovesItsSubtree() {
        UUID scheme = scheme();
        TaxonomyValue a = value(scheme, "a", null);
        TaxonomyValue b = value(scheme, "b", null);
        TaxonomyValue a1 = value(scheme, "a1", a.getUuid());
        TaxonomyValue a11 = value(scheme, "a11", a1.getUuid());

        services.asAdmin(() -> services.taxonomies.updateValue(scheme, a1.getUuid(),
                a1.getVersion(), data(scheme, "a1"), b.getUuid()));

        TaxonomyValue moved = services.asVisitor(() ->
                services.taxonomies.value(scheme, a11.getUuid()));
        assertEquals(3, moved.getDepth());
        assertEquals("/" + b.getUuid() + "/" + a1.getUuid() + "/" + a11.getUuid() + "/",
                moved.getPath());
    }

    @Test
    void deletingValueWithChildrenIsRefused() {
        UUID scheme = scheme();
        TaxonomyValue parent = value(scheme, "p", null);
        value(scheme, "c", parent.getUuid());

        ConflictException e = assertThrows(ConflictException.class, () -> services.asAdmin(() -> {
            services.taxonomies.deleteValue(scheme, parent.getUuid(), parent.getVersion());
            return null;
        }));
        assertEquals("has-children", e.kind());
    }

    @Test
    void staleVersionIsRefusedWithBothVersions() {
        UUID scheme = scheme();
        TaxonomyValue value = value(scheme, "v", null);
        services.asAdmin(() -> services.taxonomies.updateValue(scheme, value.getUuid(),
                value.getVersion(), data(scheme, "v2"), null));

        StaleVersionException e = assertThrows(StaleVersionException.class, () ->
                services.asAdmin(() -> services.taxonomies.updateValue(scheme, value.getUuid(),
                        value.getVersion(), data(scheme, "v3"), null)));
        assertEquals(value.getVersion(), e.givenVersion());
        assertEquals(value.getVersion() + 1, e.currentVersion());
    }

    @Test
    void visitorsCannotChangeTaxonomies() {
        assertThrows(NotAllowedException.class, () -> services.asVisitor(() ->
                services.taxonomies.createScheme(Fixtures.scheme("x" + suffix()))));
    }

    @Test
    void tagsMustComeFromSchemesThatMayTagTheType() {
        UUID scheme = scheme();
        TaxonomyValue value = value(scheme, "only-entities", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                services.asVisitor(() -> services.taxonomies.resolveTags(
                        List.of(value.getUuid()), ObjectType.EVENT)));
        assertEquals("tags[0]", e.errors().get(0).field());
    }

    @Test
    void singleChoiceSchemeAcceptsOneValue() {
        TaxonomyScheme single = Fixtures.scheme("single" + suffix());
        single.setMultipleChoice(false);
        UUID scheme = services.asAdmin(() -> services.taxonomies.createScheme(single)).getUuid();
        TaxonomyValue a = value(scheme, "a", null);
        TaxonomyValue b = value(scheme, "b", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                services.asVisitor(() -> services.taxonomies.resolveTags(
                        List.of(a.getUuid(), b.getUuid()), ObjectType.ENTITY)));
        assertEquals("tags[1]", e.errors().get(0).field());
        assertEquals(Set.of(a.getUuid()), Set.of(services.asVisitor(() -> services.taxonomies
                .resolveTags(List.of(a.getUuid()), ObjectType.ENTITY)).iterator().next()
                .getUuid()));
    }

    @Test
    void schemeNeedsALabelAndAValidCode() {
        TaxonomyScheme bad = Fixtures.scheme("Bad Code!");
        bad.setLabels(Map.of());

        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                services.asAdmin(() -> services.taxonomies.createScheme(bad)));
        assertEquals(List.of("code", "labels"),
                e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void importedCsvAddsItsTreeAndMergesExistingCodes() {
        UUID scheme = scheme();
        value(scheme, "b", null);

        TaxonomyInstaller.Report report = services.asAdmin(() -> services.installer.importCsv(
                scheme, csv("code,parent_code,label\na,,A\nb,,B\na1,a,\"A, one\"\n"),
                "mine.csv"));

        assertEquals(2, report.added());
        assertEquals(1, report.existing());
        TaxonomyValue a1 = services.asVisitor(() -> services.taxonomies.values(scheme)).stream()
                .filter(v -> v.getCode().equals("a1")).findFirst().orElseThrow();
        assertEquals("A, one", a1.label("en"));
        assertEquals(2, a1.getDepth());
        assertEquals("B", services.asVisitor(() -> services.taxonomies.values(scheme)).stream()
                .filter(v -> v.getCode().equals("b")).findFirst().orElseThrow().label("en"));
    }

    @Test
    void brokenCsvIsRefusedWholeNamingTheLineAndStoresNothing() {
        UUID scheme = scheme();

        TaxonomyFileException e = assertThrows(TaxonomyFileException.class, () ->
                services.asAdmin(() -> services.installer.importCsv(scheme,
                        csv("code,parent_code,label\na,,A\nb,missing,B\n"), "mine.csv")));

        assertEquals("mine.csv:3", e.errors().get(0).field());
        assertEquals(0, services.asVisitor(() -> services.taxonomies.values(scheme)).size());
    }

    @Test
    void csvThatIsNotUtf8IsRefused() {
        UUID scheme = scheme();
        byte[] latin1 = "code,parent_code,label\na,,Caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThrows(TaxonomyFileException.class, () -> services.asAdmin(() ->
                services.installer.importCsv(scheme, new java.io.ByteArrayInputStream(latin1),
                        "latin1.csv")));
        assertEquals(0, services.asVisitor(() -> services.taxonomies.values(scheme)).size());
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static UUID scheme() {
        return services.asAdmin(() -> services.taxonomies.createScheme(
                Fixtures.scheme("s" + suffix()))).getUuid();
    }

    private static TaxonomyValue value(UUID scheme, String code, UUID parent) {
        return services.asAdmin(() -> services.taxonomies.createValue(scheme,
                data(scheme, code), parent));
    }

    private static TaxonomyValue data(UUID scheme, String code) {
        TaxonomyValue value = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        value.setLabels(Map.of("en", "Label " + code));
        return value;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
