package org.openxeco.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;
import org.openxeco.media.CsvCellReader;
import org.openxeco.media.CsvColumns;
import org.openxeco.media.CsvExport;
import org.openxeco.media.CsvFile;
import org.openxeco.media.CsvImportRun;
import org.openxeco.media.CsvReport;
import org.openxeco.media.CsvRow;
import org.openxeco.media.CsvTransactions;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Imports entities from a file in the format of {@link OrganisationCsv}. Rows naming a
 * stored UUID update that entity (if their version is the current one), other rows create
 * one; each row goes through {@link OrganisationService} like any API input.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class OrganisationCsvImport {

    private static final Logger LOG = Logger.getLogger(OrganisationCsvImport.class.getName());

    static final CsvColumns COLUMNS = new CsvColumns(Map.ofEntries(
            Map.entry("legalName", "legal_name"), Map.entry("logoUrl", "logo_url"),
            Map.entry("addresses", "address_country_codes"),
            Map.entry("addresses.street", "address_streets"),
            Map.entry("addresses.postalCode", "address_postal_codes"),
            Map.entry("addresses.city", "address_cities"),
            Map.entry("addresses.region", "address_regions"),
            Map.entry("addresses.countryCode", "address_country_codes"),
            Map.entry("identifiers.scheme", "identifiers"),
            Map.entry("identifiers.value", "identifiers")));

    @Inject
    OrganisationService organisations;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeUris uris;

    @Inject
    CsvTransactions transactions;

    @Inject
    @ConfigProperty(name = "openxeco.csv.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Resource
    SessionContext context;

    /** Reads the whole file, then applies its rows in the given mode and reports each. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CsvReport importCsv(InputStream in, ImportMode mode) {
        Roles.requireAdmin(context);
        CsvFile file = CsvFile.read(in, maxBytes, OrganisationCsv.HEADER);
        TagTexts tags = new TagTexts(uris, taxonomies);

        CsvReport report = new CsvImportRun(transactions, row -> apply(row, tags),
                COLUMNS::errors).run(file.rows(), mode, List.of("uuid"));

        LOG.info(() -> "Imported entities from CSV (" + mode + ", applied " + report.applied()
                + "): " + report.count(RowOutcome.CREATED) + " created, "
                + report.count(RowOutcome.UPDATED) + " updated, "
                + report.count(RowOutcome.REJECTED) + " rejected");
        return report;
    }

    private RowResult apply(CsvRow row, TagTexts tagTexts) {
        CsvCellReader cells = new CsvCellReader(row);
        UUID uuid = cells.uuid("uuid");
        Long version = cells.number("version");
        Organisation data = read(cells);
        List<UUID> tags = tags(cells, tagTexts);
        if (!cells.errors().isEmpty()) {
            return RowResult.rejected(row.line(), uuid, cells.errors());
        }

        Optional<Organisation> stored = uuid == null ? Optional.empty() : organisations.find(uuid);
        if (stored.isEmpty()) {
            if (uuid != null) {
                data.assignUuid(uuid);
            }
            Organisation created = organisations.create(data, tags);
            return new RowResult(row.line(), RowOutcome.CREATED, created.getUuid(), List.of());
        }
        Organisation current = stored.get();
        long currentVersion = current.getVersion();
        List<String> before = comparable(current);
        Organisation updated = organisations.update(uuid, currentVersion, data, tags);
        return CsvImportRun.versionChecked(row.line(), uuid, comparable(updated).equals(before),
                version, currentVersion);
    }

    private List<String> comparable(Organisation o) {
        List<?> cells = OrganisationCsv.row(uris, o);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = OrganisationCsv.HEADER.get(i);
            boolean tracking = column.equals("version") || column.equals("updated");
            texts.add(tracking ? "" : CsvExport.cell(cells.get(i)));
        }
        return texts;
    }

    private static Organisation read(CsvCellReader cells) {
        Organisation o = new Organisation();
        o.setName(cells.text("name"));
        o.setLegalName(cells.text("legal_name"));
        OrganisationKind kind = cells.enumValue("kind", OrganisationKind.class);
        o.setKind(kind == null ? OrganisationKind.OTHER : kind);
        OrganisationStatus status = cells.enumValue("status", OrganisationStatus.class);
        o.setStatus(status == null ? OrganisationStatus.ACTIVE : status);
        o.setDescription(cells.text("description"));
        o.setEmail(cells.text("email"));
        o.setPhone(cells.text("phone"));
        o.setLogoUrl(cells.text("logo_url"));
        o.setWebsites(cells.list("websites"));
        o.setAddresses(addresses(cells));
        o.setIdentifiers(identifiers(cells));
        o.setShared(cells.bool("shared"));
        return o;
    }

    private static List<Address> addresses(CsvCellReader cells) {
        List<String> streets = cells.list("address_streets");
        List<String> codes = cells.list("address_postal_codes");
        List<String> cities = cells.list("address_cities");
        List<String> regions = cells.list("address_regions");
        List<String> countries = cells.list("address_country_codes");
        int count = Math.max(Math.max(streets.size(), codes.size()), Math.max(cities.size(),
                Math.max(regions.size(), countries.size())));
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(new Address(CsvCellReader.orNull(streets, i),
                    CsvCellReader.orNull(codes, i), CsvCellReader.orNull(cities, i),
                    CsvCellReader.orNull(regions, i), CsvCellReader.orNull(countries, i)));
        }
        return addresses;
    }

    private static List<Identifier> identifiers(CsvCellReader cells) {
        List<Identifier> identifiers = new ArrayList<>();
        for (String text : cells.list("identifiers")) {
            int colon = text.indexOf(':');
            IdentifierScheme scheme = null;
            try {
                scheme = colon < 0 ? null : IdentifierScheme.valueOf(text.substring(0, colon));
            } catch (IllegalArgumentException e) {
                scheme = null;
            }
            if (scheme == null) {
                cells.fail("identifiers", "csv.cell.identifier", List.of(IdentifierScheme.values()),
                        text);
            } else {
                identifiers.add(new Identifier(scheme, text.substring(colon + 1).strip()));
            }
        }
        return identifiers;
    }

    private static List<UUID> tags(CsvCellReader cells, TagTexts tagTexts) {
        List<UUID> tags = new ArrayList<>();
        for (String text : cells.list("tags")) {
            Optional<UUID> value = tagTexts.find(text).map(TaxonomyValue::getUuid);
            value.ifPresentOrElse(tags::add,
                    () -> cells.fail("tags", "tag.unknown", text));
        }
        return tags;
    }
}
