package org.openxeco.directory;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openxeco.kernel.NodeUris;
import org.openxeco.media.CsvCells;
import org.openxeco.media.CsvExport;
import org.openxeco.taxonomy.TagTexts;

/**
 * Exports the entities matching a filter as CSV, in the order of the given sort: the same
 * rows {@link OrganisationService#list} shows the caller (inactive entities for staff only),
 * read one page at a time. Pages are read without a common transaction, so an entity
 * changed during a long export may show in its old or its new place. The file carries every
 * field an administrator can set, so {@link OrganisationCsvImport} reads it back.
 */
@Stateless
public class OrganisationCsv {

    /**
     * The columns, in order. Multi-valued cells join their values with {@code " | "} (see
     * {@link CsvCells}); the address columns are parallel lists, one position per address.
     */
    public static final List<String> HEADER = List.of("uuid", "version", "name",
            "legal_name", "kind", "status", "description", "email", "phone", "logo_url",
            "websites", "address_streets", "address_postal_codes", "address_cities",
            "address_regions", "address_country_codes", "identifiers", "tags", "shared",
            "updated");

    @Inject
    OrganisationService organisations;

    @Inject
    NodeUris uris;

    /**
     * Writes every matching entity to the stream in UTF-8, behind a byte order mark if
     * asked (some spreadsheets need it to read UTF-8). Returns the number of rows written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(OrganisationFilter filter, OrganisationSort sort, OutputStream out,
            boolean byteOrderMark) {
        return CsvExport.write(out, byteOrderMark, HEADER,
                page -> organisations.list(filter, sort, page), o -> row(uris, o));
    }

    /** The cells of an entity, in the order of {@link #HEADER}. */
    static List<?> row(NodeUris uris, Organisation o) {
        List<Address> addresses = o.getAddresses();
        return Arrays.asList(o.getUuid(), o.getVersion(), o.getName(), o.getLegalName(),
                o.getKind(), o.getStatus(), o.getDescription(), o.getEmail(), o.getPhone(),
                o.getLogoUrl(), CsvCells.join(o.getWebsites()),
                CsvCells.join(addresses.stream().map(Address::getStreet).toList()),
                CsvCells.join(addresses.stream().map(Address::getPostalCode).toList()),
                CsvCells.join(addresses.stream().map(Address::getCity).toList()),
                CsvCells.join(addresses.stream().map(Address::getRegion).toList()),
                CsvCells.join(addresses.stream().map(Address::getCountryCode).toList()),
                CsvCells.join(o.getIdentifiers().stream()
                        .map(i -> i.getScheme().name() + ":" + i.getValue()).toList()),
                CsvCells.join(o.getTags().stream().map(t -> TagTexts.text(uris, t)).sorted()
                        .toList()),
                o.getShared(), o.getUpdated());
    }
}
