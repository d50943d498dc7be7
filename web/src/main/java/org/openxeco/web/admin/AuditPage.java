package org.openxeco.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.audit.AuditEntry;
import org.openxeco.audit.AuditLog;
import org.openxeco.audit.AuditQuery;
import org.openxeco.web.ui.Preferences;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log: every change with who, when, the object and old and new values, filtered
 * by object, user, type and dates (in the person's time zone), read page by page.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog audit;

    @Inject
    Preferences preferences;

    private String objectUuid;
    private String actor;
    private String objectType;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(query()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return audit.list(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    AuditQuery query() {
        UUID uuid = null;
        if (objectUuid != null && !objectUuid.isBlank()) {
            try {
                uuid = UUID.fromString(objectUuid.strip());
            } catch (IllegalArgumentException e) {
                uuid = new UUID(0, 0);
            }
        }
        return new AuditQuery(uuid, actor, objectType,
                from == null ? null : from.atStartOfDay(preferences.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(preferences.zone()).toInstant());
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActors() {
        return audit.actors();
    }

    public List<String> getObjectTypes() {
        return List.of("ENTITY", "NEWS", "EVENT", "JOB_OFFER", "SERVICE", "TOOL", "TAXONOMY",
                "TAXONOMY_VALUE", "ACCOUNT", "SETTING");
    }

    public String getObjectUuid() {
        return objectUuid;
    }

    public void setObjectUuid(String objectUuid) {
        this.objectUuid = objectUuid;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
