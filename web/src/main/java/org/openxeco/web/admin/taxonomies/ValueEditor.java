package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.DomainException;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyUsage;
import org.openxeco.taxonomy.TaxonomyUsage.WhereUsed;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Adds, renames and deletes values of the tree. A delete the service refuses because the
 * value (or its subtree) still tags objects shows where it is used: the first objects by
 * name and how many entities and articles there are.
 */
@Named
@ViewScoped
public class ValueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    transient TaxonomyUsage usage;

    @Inject
    ValueTree tree;

    @Inject
    TaxonomiesPage page;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private UUID editing;
    private UUID parent;
    private String parentLabel;
    private String code;
    private LanguageLabels labels = LanguageLabels.of(null);
    private boolean subtree;
    private List<String> usedBy = List.of();
    private boolean usedByMore;

    /** Opens the dialog for a new value at the root. */
    public void startAddRoot() {
        start(null, null);
    }

    /** Opens the dialog for a new value under the chosen one. */
    public void startAddChild() {
        ValueRow row = tree.getSelectedRow();
        start(row == null ? null : row.uuid(), row == null ? null : row.code());
    }

    private void start(UUID parentUuid, String shownParent) {
        editing = null;
        parent = parentUuid;
        parentLabel = shownParent;
        code = null;
        labels = LanguageLabels.of(null);
    }

    /** Opens the dialog to rename the chosen value: its code and labels per language. */
    public void startRename() {
        ValueRow row = tree.getSelectedRow();
        editing = row.uuid();
        parent = row.parent();
        code = row.code();
        labels = LanguageLabels.of(row.labels());
    }

    /** Creates or renames the value; the dialog stays open on a refusal. */
    public void save() {
        UUID scheme = tree.scheme();
        try {
            TaxonomyValue data = new TaxonomyValue(taxonomies.scheme(scheme),
                    code == null ? null : code.strip());
            data.setLabels(labels.filled());
            if (editing == null) {
                TaxonomyValue created = taxonomies.createValue(scheme, data, parent);
                tree.select(created.getUuid());
                texts.info("tax.value.created", data.getCode());
                page.refresh();
                tree.reload(parent == null ? created.getUuid() : parent);
            } else {
                ValueRow row = tree.getSelectedRow();
                taxonomies.updateValue(scheme, row.uuid(), row.version(), data, row.parent());
                texts.info("common.saved");
                tree.reload();
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, "value-form");
        }
    }

    /** Opens the delete confirmation for the chosen value. */
    public void startDelete() {
        subtree = false;
        usedBy = List.of();
    }

    /** Deletes the chosen value; while it is in use, tells where. */
    public void delete() {
        ValueRow row = tree.getSelectedRow();
        usedBy = List.of();
        try {
            taxonomies.deleteValue(tree.scheme(), row.uuid(), row.version(), subtree);
            texts.info("tax.value.deleted", row.code());
            page.refresh();
        } catch (ConflictException refusal) {
            if ("in-use".equals(refusal.kind())) {
                whereUsed(row);
                texts.error(null, texts.get("tax.value.inUse", row.code(), row.subtree()));
            } else {
                refusals.show(refusal, null);
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        tree.reload();
    }

    /** Names the first objects tagged with the value or a value below it. */
    private void whereUsed(ValueRow row) {
        List<String> names = new ArrayList<>();
        boolean more = false;
        for (ValueRow used : tree.subtree(row.uuid())) {
            if (used.direct() == 0) {
                continue;
            }
            if (names.size() >= TaxonomyUsage.DEFAULT_LIMIT) {
                more = true;
                break;
            }
            WhereUsed where = usage.whereUsed(tree.scheme(), used.uuid());
            where.first().stream().map(TaxonomyUsage.UsedBy::name)
                    .filter(name -> !names.contains(name)).forEach(names::add);
            more |= where.truncated();
        }
        usedBy = names;
        usedByMore = more;
    }

    /** The names of the first objects the value tags, after a refused delete. */
    public List<String> getUsedBy() {
        return usedBy;
    }

    /** Whether more objects use the value than {@link #getUsedBy()} names. */
    public boolean isUsedByMore() {
        return usedByMore;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getParentLabel() {
        return parentLabel;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LanguageLabels getLabels() {
        return labels;
    }

    public boolean isSubtree() {
        return subtree;
    }

    public void setSubtree(boolean subtree) {
        this.subtree = subtree;
    }
}
