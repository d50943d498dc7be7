package org.openxeco.web.admin.users;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.AccountManagement;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The accounts of the node, page by page, found by user name, display name or e-mail. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountManagement accounts;

    private String search;

    private final LazyDataModel<AccountRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, accounts.count(text()));
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return accounts.list(text(), first, pageSize).stream().map(AccountRow::of)
                    .toList();
        }

        @Override
        public String getRowKey(AccountRow row) {
            return row.uuid().toString();
        }
    };

    private String text() {
        return search == null ? "" : search.strip();
    }

    public LazyDataModel<AccountRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
