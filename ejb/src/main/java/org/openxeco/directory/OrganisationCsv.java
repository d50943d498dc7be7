package org.openxeco.directory;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openxeco.media.CsvExport;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Exports the entities matching a filter as CSV, in the order of the given sort: the same
 * rows {@link OrganisationService#list} shows the caller (inactive entities for staff only),
 * read one page at a time. Pages are read without a common transaction, so an entity
 * changed during a long export may show in its old or its new place.
 */
@Stateless
public class OrganisationCsv {

    /** The columns, in order. Multi-valued cells join their values with {@code " | "}. */
    public static final List<String> HEADER = List.of("uuid", "name", "kind", "status",
            "country_codes", "cities", "websites", "email", "phone", "identifiers", "tags",
            "updated");

    @Inject
    OrganisationService organisations;

    /**
     * Writes every matching entity to the stream in UTF-8, behind a byte order mark if
     * asked (some spreadsheets need it to read UTF-8). Returns the number of rows written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(OrganisationFilter filter, OrganisationSort sort, OutputStream out,
            boolean byteOrderMark) {
        return CsvExport.write(out, byteOrderMark, HEADER,
                page -> organisations.list(filter, sort, page), OrganisationCsv::row);
    }

    static List<?> row(Organisation o) {
        return Arrays.asList(o.getUuid(), o.getName(), o.getKind(), o.getStatus(),
                CsvExport.joined(o.getAddresses().stream().map(Address::getCountryCode)
                        .toList()),
                CsvExport.joined(o.getAddresses().stream().map(Address::getCity).toList()),
                CsvExport.joined(o.getWebsites()), o.getEmail(), o.getPhone(),
                CsvExport.joined(o.getIdentifiers().stream()
                        .map(i -> i.getScheme().name() + ":" + i.getValue()).toList()),
                CsvExport.joined(o.getTags().stream().map(OrganisationCsv::reference)
                        .sorted().toList()),
                o.getUpdated());
    }

    static String reference(TaxonomyValue value) {
        return value.getScheme().getCode() + ":" + value.getCode();
    }
}
