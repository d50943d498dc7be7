package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The list of taxonomy schemes: create one, change its labels per language, delete it (the
 * service refuses while its values tag objects) and choose the one whose tree is shown.
 */
@Named
@ViewScoped
public class TaxonomiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The object types a scheme may tag, as offered on the screen. */
    static final List<ObjectType> TARGETS = List.of(ObjectType.ENTITY, ObjectType.NEWS,
            ObjectType.EVENT, ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL);

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    transient TaxonomyLabels labelService;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<SchemeRow> schemes;
    private UUID selected;

    private SchemeRow editing;
    private String code;
    private boolean multipleChoice = true;
    private List<String> targets = new ArrayList<>();
    private LanguageLabels labels = LanguageLabels.of(null);

    /** The schemes, loaded once per view and again after each change. */
    public List<SchemeRow> getSchemes() {
        if (schemes == null) {
            schemes = taxonomies.schemes().stream().map(s -> new SchemeRow(s.getUuid(),
                    s.getCode(), ShownLabels.scheme(s, preferences.getLocale()),
                    new LinkedHashMap<>(s.getLabels()),
                    s.getTargets().stream().sorted(Comparator.naturalOrder()).map(Enum::name)
                            .toList(), taxonomies.values(s.getUuid()).size(), s.getVersion()))
                    .toList();
        }
        return schemes;
    }

    /** Reloads the scheme list on the next read. */
    void refresh() {
        schemes = null;
    }

    /** Reloads the scheme list and chooses the scheme (one just imported). */
    void show(UUID scheme) {
        refresh();
        selected = scheme;
    }

    public void select(SchemeRow row) {
        selected = row.uuid();
    }

    public SchemeRow getSelectedRow() {
        return selected == null ? null : getSchemes().stream()
                .filter(s -> s.uuid().equals(selected)).findFirst().orElse(null);
    }

    public UUID getSelected() {
        return selected;
    }

    /** Opens the dialog for a new scheme. */
    public void startCreate() {
        editing = null;
        code = null;
        multipleChoice = true;
        targets = new ArrayList<>(List.of(ObjectType.ENTITY.name()));
        labels = LanguageLabels.of(null);
    }

    /** Opens the dialog for the labels of a scheme. */
    public void startEdit(SchemeRow row) {
        editing = row;
        code = row.code();
        labels = LanguageLabels.of(row.labels());
    }

    /** Creates the scheme or stores its labels; the dialog stays open on a refusal. */
    public void save() {
        try {
            if (editing == null) {
                TaxonomyScheme scheme = new TaxonomyScheme();
                scheme.setCode(code == null ? null : code.strip());
                scheme.setLabels(labels.filled());
                scheme.setMultipleChoice(multipleChoice);
                Set<ObjectType> types = EnumSet.noneOf(ObjectType.class);
                targets.forEach(t -> types.add(ObjectType.valueOf(t)));
                scheme.setTargets(types);
                selected = taxonomies.createScheme(scheme).getUuid();
                texts.info("tax.scheme.created", code);
            } else {
                labelService.setSchemeLabels(editing.uuid(), editing.version(),
                        labels.changes());
                texts.info("common.saved");
            }
            refresh();
        } catch (DomainException refusal) {
            refusals.show(refusal, "scheme-form");
        }
    }

    /** Deletes a scheme; a refusal (values still in use) is shown at the top. */
    public void delete(SchemeRow row) {
        try {
            taxonomies.deleteScheme(row.uuid(), row.version());
            if (row.uuid().equals(selected)) {
                selected = null;
            }
            texts.info("tax.scheme.deleted", row.code());
            refresh();
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
    }

    public List<String> getTargetChoices() {
        return TARGETS.stream().map(Enum::name).toList();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isMultipleChoice() {
        return multipleChoice;
    }

    public void setMultipleChoice(boolean multipleChoice) {
        this.multipleChoice = multipleChoice;
    }

    public List<String> getTargets() {
        return targets;
    }

    public void setTargets(List<String> targets) {
        this.targets = targets;
    }

    public LanguageLabels getLabels() {
        return labels;
    }
}
