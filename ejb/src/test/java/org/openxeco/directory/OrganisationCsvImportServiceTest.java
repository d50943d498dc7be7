package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.media.CsvImportRun;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.CsvFiles;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class OrganisationCsvImportServiceTest {

    private static final List<String> HEADER = OrganisationCsv.HEADER;

    private Services node;

    @BeforeEach
    void start() {
        node = new Services();
        node.asAdmin(() -> node.installer.install(BundledTaxonomy.COUNTRIES));
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void anExportImportedIntoAnEmptyNodeGivesEqualEntitiesAndAgainChangesNothing() {
        List<UUID> tags = node.asVisitor(() -> List.of("LU", "BE").stream().map(c -> node
                .taxonomies.findValueByReference("countries:" + c).map(TaxonomyValue::getUuid)
                .orElseThrow()).toList());
        List<Organisation> stored = node.asAdmin(() -> {
            List<Organisation> all = new ArrayList<>();
            all.add(node.organisations.create(detailed(), tags));
            Organisation plain = new Organisation();
            plain.setName("=Société | \"Ünïcode\", Ltd \\ co");
            plain.setStatus(OrganisationStatus.INACTIVE);
            all.add(node.organisations.create(plain, List.of()));
            all.add(node.organisations.create(Fixtures.organisation("+352 Corner", "DE"),
                    List.of()));
            return all;
        });
        byte[] export = CsvFiles.entities(node);

        try (Services other = new Services()) {
            other.asAdmin(() -> other.installer.install(BundledTaxonomy.COUNTRIES));
            CsvReport report = CsvFiles.importEntities(other, export, ImportMode.ALL_OR_NOTHING);

            assertTrue(report.applied());
            assertEquals(3, report.count(RowOutcome.CREATED), report.toString());
            assertEquals(CsvFiles.entityContent(export),
                    CsvFiles.entityContent(CsvFiles.entities(other)));
            Organisation copy = other.asAdmin(() -> other.organisations.get(
                    stored.get(0).getUuid()));
            assertFieldsEqual(stored.get(0), copy);

            CsvReport again = CsvFiles.importEntities(other, export, ImportMode.ROW_BY_ROW);
            assertEquals(3, again.count(RowOutcome.UNCHANGED), again.toString());
            assertEquals(copy.getVersion(), other.asAdmin(() -> other.organisations.get(
                    copy.getUuid())).getVersion());
        }
    }

    @Test
    void allOrNothingWithBadRowsChangesNothingAndListsEveryBadRow() {
        String marker = Fixtures.unique("Batch");
        byte[] file = CsvFiles.file(HEADER, row(marker + " a", "LU"),
                Map.of("name", marker + " b", "email", "not an address"),
                Map.of("name", marker + " c", "tags", "urn:openxeco:taxonomy:countries/ZZZ"),
                row(marker + " d", "BE"));

        CsvReport report = CsvFiles.importEntities(node, file, ImportMode.ALL_OR_NOTHING);

        assertFalse(report.applied());
        assertEquals(List.of(3, 4), report.rejected().stream().map(RowResult::line).toList());
        // Nothing was applied: no row is reported created, only the rejected ones are listed.
        assertEquals(report.rejected(), report.rows());
        assertEquals(0, report.count(RowOutcome.CREATED));
        assertEquals(List.of("email"), columns(report.rejected().get(0)));
        assertEquals(List.of(new FieldError("tags",
                "No taxonomy value urn:openxeco:taxonomy:countries/ZZZ")),
                report.rejected().get(1).errors());
        assertEquals(0, count(marker));
    }

    @Test
    @SuppressWarnings("unchecked")
    void allOrNothingRefusesAFileOfMoreRowsThanOneTransactionTakesBeforeReadingAny() {
        String marker = Fixtures.unique("Large");
        Map<String, String>[] rows = new Map[CsvImportRun.MAX_ALL_OR_NOTHING_ROWS + 1];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(marker + " " + i, "LU");
        }
        byte[] file = CsvFiles.file(HEADER, rows);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CsvFiles.importEntities(node, file, ImportMode.ALL_OR_NOTHING));

        assertEquals("mode", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("row by row"));
        assertEquals(0, count(marker));
    }

    @Test
    void rowByRowAppliesTheGoodRowsAndListsTheOthers() {
        String marker = Fixtures.unique("Rows");
        byte[] file = CsvFiles.file(HEADER, row(marker + " a", "LU"),
                Map.of("name", marker + " b", "kind", "BANK", "websites", "ftp://x | https://y"),
                row(marker + " c", "BE"));

        CsvReport report = CsvFiles.importEntities(node, file, ImportMode.ROW_BY_ROW);

        assertTrue(report.applied());
        assertEquals(List.of(RowOutcome.CREATED, RowOutcome.REJECTED, RowOutcome.CREATED),
                report.rows().stream().map(RowResult::outcome).toList());
        assertEquals(List.of("kind"), columns(report.rows().get(1)));
        assertEquals(2, count(marker));
        Organisation a = node.asAdmin(() -> node.organisations.get(report.rows().get(0).uuid()));
        assertEquals(List.of(marker + " a", "countries:LU"), List.of(a.getName(),
                a.getTags().iterator().next().reference()));
    }

    @Test
    void aServiceRuleBrokenInAListNamesTheColumnAndThePosition() {
        byte[] file = CsvFiles.file(HEADER, Map.of("name", Fixtures.unique("Web"),
                "websites", "https://ok.example | ftp://bad.example",
                "address_country_codes", "LU | lu"));

        RowResult row = CsvFiles.importEntities(node, file, ImportMode.ROW_BY_ROW).rows().get(0);

        assertEquals(RowOutcome.REJECTED, row.outcome());
        assertEquals(List.of("address_country_codes", "websites"), columns(row));
        assertTrue(row.errors().stream().allMatch(e -> e.message().startsWith("value 2: ")),
                row.toString());
    }

    @Test
    void aUuidTwiceInAFileRejectsTheSecondRow() {
        String uuid = UUID.randomUUID().toString();
        byte[] file = CsvFiles.file(HEADER, Map.of("uuid", uuid, "name", "First"),
                Map.of("uuid", uuid.toUpperCase(), "name", "Second"));

        CsvReport all = CsvFiles.importEntities(node, file, ImportMode.ALL_OR_NOTHING);
        CsvReport rows = CsvFiles.importEntities(node, file, ImportMode.ROW_BY_ROW);

        assertFalse(all.applied());
        assertEquals(List.of(new FieldError("uuid", "The same uuid is on line 2 already")),
                all.rejected().get(0).errors());
        assertEquals(List.of(RowOutcome.CREATED, RowOutcome.REJECTED),
                rows.rows().stream().map(RowResult::outcome).toList());
        assertEquals(3, rows.rows().get(1).line());
        assertEquals("First", node.asAdmin(() -> node.organisations.get(UUID.fromString(uuid)))
                .getName());
    }

    @Test
    void aRowBasedOnAnOlderVersionIsAConflictAndChangesNothing() {
        Organisation saved = node.asAdmin(() -> node.organisations.create(
                Fixtures.organisation(Fixtures.unique("Versioned"), "LU"), List.of()));
        byte[] export = CsvFiles.entities(node);
        Organisation meanwhile = Fixtures.organisation(saved.getName() + " renamed", "LU");
        long current = node.asAdmin(() -> node.organisations.update(saved.getUuid(),
                saved.getVersion(), meanwhile, List.of())).getVersion();
        byte[] edited = new String(export, StandardCharsets.UTF_8)
                .replace("1 Main Street", "2 Main Street").getBytes(StandardCharsets.UTF_8);

        RowResult row = CsvFiles.importEntities(node, edited, ImportMode.ROW_BY_ROW).rows()
                .get(0);

        assertEquals(RowOutcome.REJECTED, row.outcome());
        assertEquals(List.of(new FieldError("version", "Changed since the export: the row has"
                + " version " + saved.getVersion() + ", the stored object version " + current)),
                row.errors());
        Organisation now = node.asAdmin(() -> node.organisations.get(saved.getUuid()));
        assertEquals(current, now.getVersion());
        assertEquals(saved.getName() + " renamed", now.getName());
        assertEquals("1 Main Street", now.getAddresses().get(0).getStreet());
    }

    @Test
    void aRowWithTheCurrentVersionUpdates() {
        Organisation saved = node.asAdmin(() -> node.organisations.create(
                Fixtures.organisation(Fixtures.unique("Current"), "LU"), List.of()));
        byte[] edited = new String(CsvFiles.entities(node), StandardCharsets.UTF_8)
                .replace("1 Main Street", "2 Main Street").getBytes(StandardCharsets.UTF_8);

        CsvReport report = CsvFiles.importEntities(node, edited, ImportMode.ALL_OR_NOTHING);

        assertEquals(List.of(new RowResult(2, RowOutcome.UPDATED, saved.getUuid(), List.of())),
                report.rows());
        assertEquals("2 Main Street", node.asAdmin(() -> node.organisations.get(
                saved.getUuid())).getAddresses().get(0).getStreet());
    }

    @Test
    void filesThatCannotBeReadAreRefusedWholeNamingTheProblem() {
        String name = Fixtures.unique("Latin");
        byte[] latin1 = ("name\r\n" + name + " Société\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = CsvFiles.file(HEADER, Map.of("name", name));
        byte[] missing = CsvFiles.file(HEADER.subList(0, HEADER.size() - 1), Map.of("name", name));
        List<String> extra = new ArrayList<>(HEADER);
        extra.add("colour");

        assertEquals(List.of(new FieldError("file",
                "The file is not UTF-8 text: save it as CSV UTF-8")), refusal(latin1));
        assertEquals(List.of(new FieldError("header", "Missing column updated")),
                refusal(missing));
        assertEquals(List.of(new FieldError("header", "Unknown column colour")),
                refusal(CsvFiles.file(extra, Map.of("name", name))));
        assertEquals(List.of(new FieldError("file", "The file is empty")),
                refusal(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\r', '\n'}));
        assertEquals(List.of(new FieldError("file", "The file has a header but no rows")),
                refusal(CsvFiles.file(HEADER)));
        node.organisationImport.maxBytes = good.length - 1;
        assertEquals(List.of(new FieldError("file", "The file is larger than the limit of "
                + (good.length - 1) + " bytes")), refusal(good));
        assertEquals(0, count(name));

        byte[] withMark = new byte[good.length + 3];
        System.arraycopy(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, 0, withMark, 0, 3);
        System.arraycopy(good, 0, withMark, 3, good.length);
        node.organisationImport.maxBytes = withMark.length;
        assertEquals(1, CsvFiles.importEntities(node, withMark, ImportMode.ROW_BY_ROW)
                .count(RowOutcome.CREATED));
    }

    @Test
    void onlyAdministratorsImport() {
        byte[] file = CsvFiles.file(HEADER, Map.of("name", Fixtures.unique("Anonymous")));
        assertThrows(NotAllowedException.class, () -> node.organisationImport.importCsv(
                new ByteArrayInputStream(file), ImportMode.ROW_BY_ROW));
    }

    private List<FieldError> refusal(byte[] file) {
        return assertThrows(InvalidInputException.class, () -> CsvFiles.importEntities(node,
                file, ImportMode.ALL_OR_NOTHING)).errors();
    }

    private static Map<String, String> row(String name, String country) {
        return Map.of("name", name, "kind", "company", "address_country_codes", country,
                "tags", "urn:openxeco:taxonomy:countries/" + country);
    }

    private static List<String> columns(RowResult row) {
        return row.errors().stream().map(FieldError::field).sorted().toList();
    }

    private long count(String marker) {
        return node.asAdmin(() -> node.organisations.listPage(new OrganisationFilter(
                Optional.of(marker), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of()), OrganisationSort.NAME, 0, 10).total());
    }

    private static Organisation detailed() {
        Organisation o = new Organisation();
        o.setName("Détaillé, \"quoted\" | piped");
        o.setLegalName("Détaillé S.A.");
        o.setKind(OrganisationKind.ACADEMIC);
        o.setDescription("<p>Line one<br>line <b>two</b>, with a comma</p>\n<p>Second</p>");
        o.setEmail("office@example.org");
        o.setPhone("+352 123 456");
        o.setLogoUrl("https://example.org/logo.png");
        o.setWebsites(List.of("https://a.example/x|y", "https://b.example"));
        o.setAddresses(List.of(new Address("1 Rue \\ Haute", "L-1234", "Luxembourg", "Centre",
                "LU"), new Address(null, null, "Bruxelles", null, "BE")));
        o.setIdentifiers(List.of(new Identifier(IdentifierScheme.VAT, "LU123"),
                new Identifier(IdentifierScheme.WEB_DOMAIN, "a.example")));
        o.setShared(Boolean.FALSE);
        return o;
    }

    private static List<String> parts(Address a) {
        return java.util.Arrays.asList(a.getStreet(), a.getPostalCode(), a.getCity(),
                a.getRegion(), a.getCountryCode());
    }

    private static void assertFieldsEqual(Organisation expected, Organisation actual) {
        assertEquals(java.util.Arrays.asList(expected.getUuid(), expected.getName(),
                expected.getLegalName(), expected.getKind(), expected.getStatus(),
                expected.getDescription(), expected.getEmail(), expected.getPhone(),
                expected.getLogoUrl()), java.util.Arrays.asList(actual.getUuid(),
                actual.getName(), actual.getLegalName(), actual.getKind(), actual.getStatus(),
                actual.getDescription(), actual.getEmail(), actual.getPhone(),
                actual.getLogoUrl()));
        assertEquals(expected.getWebsites(), actual.getWebsites());
        assertEquals(expected.getAddresses().stream().map(OrganisationCsvImportServiceTest::parts)
                .toList(), actual.getAddresses().stream()
                .map(OrganisationCsvImportServiceTest::parts).toList());
        assertEquals(expected.getIdentifiers().stream().map(i -> i.getScheme() + ":"
                + i.getValue()).toList(), actual.getIdentifiers().stream().map(i -> i.getScheme()
                + ":" + i.getValue()).toList());
        assertEquals(expected.getTags().stream().map(TaxonomyValue::reference).sorted().toList(),
                actual.getTags().stream().map(TaxonomyValue::reference).sorted().toList());
        assertEquals(expected.getShared(), actual.getShared());
    }
}
