package org.openxeco.web.admin.entities;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.directory.OrganisationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The table of entities: filtered by name, kind, status and country, sorted by name or last
 * change, and read from the database one page at a time.
 */
@Named
@ViewScoped
public class EntitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    private final EntityQuery query = new EntityQuery();

    private final LazyDataModel<Organisation> entities = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, organisations.listPage(query.filter(),
                    OrganisationSort.NAME, 0, 1).total());
        }

        @Override
        public List<Organisation> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return organisations.listPage(query.filter(), sortOf(sort), first, pageSize)
                    .items();
        }

        @Override
        public String getRowKey(Organisation organisation) {
            return organisation.getUuid().toString();
        }
    };

    /** The service's order for the table's sort column; by name when none is chosen. */
    static OrganisationSort sortOf(Map<String, SortMeta> sort) {
        SortMeta meta = sort == null ? null : sort.values().stream()
                .filter(m -> m.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        if (meta == null) {
            return OrganisationSort.NAME;
        }
        boolean descending = meta.getOrder() == SortOrder.DESCENDING;
        if ("updated".equals(meta.getField())) {
            return descending ? OrganisationSort.UPDATED_DESC : OrganisationSort.UPDATED;
        }
        return descending ? OrganisationSort.NAME_DESC : OrganisationSort.NAME;
    }

    /** The country codes of an entity's addresses, without repeats. */
    public String countries(Organisation organisation) {
        return organisation.getAddresses().stream().map(Address::getCountryCode).distinct()
                .collect(Collectors.joining(", "));
    }

    /** The address of the CSV export of the current filter, relative to the application. */
    public String getExportPath() {
        String parameters = query.queryString();
        return "/admin/entities.csv" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public LazyDataModel<Organisation> getEntities() {
        return entities;
    }

    public EntityQuery getQuery() {
        return query;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }
}
