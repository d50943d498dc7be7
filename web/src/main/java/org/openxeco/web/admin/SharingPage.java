package org.openxeco.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.SharingPolicy;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/** The per-type defaults of what this node shares with its peers. */
@Named
@ViewScoped
public class SharingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SharingPolicy sharing;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<Row> rows;

    /** One type and whether its public objects are shared unless they say otherwise. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final ObjectType type;
        private boolean shared;

        Row(ObjectType type, boolean shared) {
            this.type = type;
            this.shared = shared;
        }

        public ObjectType getType() {
            return type;
        }

        public boolean isShared() {
            return shared;
        }

        public void setShared(boolean shared) {
            this.shared = shared;
        }
    }

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        sharing.defaults().forEach((type, shared) -> rows.add(new Row(type, shared)));
    }

    public void save() {
        Map<ObjectType, Boolean> defaults = new EnumMap<>(ObjectType.class);
        rows.forEach(row -> defaults.put(row.getType(), row.isShared()));
        try {
            sharing.setDefaults(defaults);
            texts.info("common.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal, "sharing");
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
