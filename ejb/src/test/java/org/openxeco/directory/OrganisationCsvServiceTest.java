package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.PageRequest;
import org.openxeco.media.CsvRows;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class OrganisationCsvServiceTest {

    private static final int COUNT = 130;

    private static Services services;
    private static String marker;
    private static List<Organisation> created;

    @BeforeAll
    static void start() {
        services = new Services();
        services.asAdmin(() -> services.installer.install(BundledTaxonomy.COUNTRIES));
        marker = Fixtures.unique("Exported");
        created = services.asAdmin(() -> {
            List<Organisation> all = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                Organisation o = Fixtures.organisation(marker + " " + (1000 + i), "LU");
                if (i % 10 == 3) {
                    o.setStatus(OrganisationStatus.INACTIVE);
                }
                all.add(services.organisations.create(o, List.of()));
            }
            return all;
        });
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void visitorsGetEveryActiveMatchOverSeveralPagesInOrder() {
        List<Organisation> active = created.stream().filter(Organisation::isPublic)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
        assertTrue(active.size() > PageRequest.MAX_SIZE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = services.asVisitor(() -> services.organisationCsv.write(filterOf(marker),
                OrganisationSort.NAME, out, false));

        List<CSVRecord> records = CsvRows.parse(out.toByteArray(), OrganisationCsv.HEADER);
        assertEquals(active.size(), rows);
        assertEquals(active.stream().map(o -> o.getUuid().toString()).toList(),
                records.stream().map(r -> r.get("uuid")).toList());
        for (int i = 0; i < active.size(); i++) {
            Organisation o = active.get(i);
            CSVRecord r = records.get(i);
            assertEquals(List.of(String.valueOf(o.getVersion()), o.getName(), "",
                    "COMPANY", "ACTIVE", "", "", "", "", "", "1 Main Street", "1234", "Town",
                    "", "LU", "", "", "", o.getUpdated().toString()), r.toList().subList(1, 20));
        }
    }

    @Test
    void staffAlsoGetInactiveEntities() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = services.asAdmin(() -> services.organisationCsv.write(filterOf(marker),
                OrganisationSort.UPDATED_DESC, out, false));

        List<CSVRecord> records = CsvRows.parse(out.toByteArray(), OrganisationCsv.HEADER);
        assertEquals(COUNT, rows);
        List<String> newestFirst = created.stream()
                .sorted(Comparator.comparing(Organisation::getChangeSeq).reversed())
                .map(o -> o.getUuid().toString()).toList();
        assertEquals(newestFirst, records.stream().map(r -> r.get("uuid")).toList());
        assertEquals(COUNT / 10, records.stream().filter(r -> r.get("status")
                .equals("INACTIVE")).count());
    }

    @Test
    void multiValuedFieldsAreJoinedAndTheByteOrderMarkIsOptional() {
        String name = Fixtures.unique("Detailed");
        Organisation data = Fixtures.organisation(name, "LU");
        data.setAddresses(List.of(new Address("1 Rue", "1234", "Luxembourg", null, "LU"),
                new Address(null, null, "Bruxelles", null, "BE"),
                new Address(null, null, "Luxembourg", null, "LU")));
        data.setWebsites(List.of("https://a.example", "https://b.example"));
        data.setEmail("office@example.org");
        data.setPhone("352 123 456");
        data.setIdentifiers(List.of(new Identifier(IdentifierScheme.VAT, "LU123"),
                new Identifier(IdentifierScheme.OTHER, "x-1")));
        List<UUID> tags = List.of(country("LU"), country("BE"));
        Organisation saved = services.asAdmin(() -> services.organisations.create(data, tags));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.asVisitor(() -> services.organisationCsv.write(filterOf(name),
                OrganisationSort.NAME, out, true));

        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xef, (byte) 0xbb, (byte) 0xbf),
                List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> records = CsvRows.parse(Arrays.copyOfRange(bytes, 3, bytes.length),
                OrganisationCsv.HEADER);
        assertEquals(1, records.size());
        assertEquals(List.of(saved.getUuid().toString(),
                String.valueOf(saved.getVersion()), name, "", "COMPANY", "ACTIVE", "",
                "office@example.org", "352 123 456", "", "https://a.example | https://b.example",
                "1 Rue |  | ", "1234 |  | ", "Luxembourg | Bruxelles | Luxembourg", " |  | ",
                "LU | BE | LU", "VAT:LU123 | OTHER:x-1",
                "urn:openxeco:taxonomy:countries/BE | urn:openxeco:taxonomy:countries/LU", "",
                saved.getUpdated().toString()), records.get(0).toList());
    }

    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingApostrophe() {
        String tail = Fixtures.unique("Formula");
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\") " + tail,
                "+1+2 " + tail, "-3+4 " + tail, "@SUM(A1) " + tail, "\tTabbed " + tail);
        services.asAdmin(() -> {
            for (String name : names) {
                Organisation o = Fixtures.organisation(name, "LU");
                o.setPhone("+352 621 000");
                o.setAddresses(List.of(new Address(null, null, "=Town", null, "LU")));
                services.organisations.create(o, List.of());
            }
            return null;
        });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.asVisitor(() -> services.organisationCsv.write(filterOf(tail),
                OrganisationSort.NAME, out, false));

        List<CSVRecord> records = CsvRows.parse(out.toByteArray(), OrganisationCsv.HEADER);
        assertEquals(names.stream().map(n -> "'" + n).sorted().toList(),
                records.stream().map(r -> r.get("name")).sorted().toList());
        records.forEach(r -> {
            assertEquals("'+352 621 000", r.get("phone"));
            assertEquals("'=Town", r.get("address_cities"));
        });
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") "), text);
    }

    private static UUID country(String code) {
        return services.asVisitor(() -> services.taxonomies.findValueByReference(
                "countries:" + code).map(TaxonomyValue::getUuid).orElseThrow());
    }

    private static OrganisationFilter filterOf(String text) {
        return new OrganisationFilter(Optional.of(text), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
