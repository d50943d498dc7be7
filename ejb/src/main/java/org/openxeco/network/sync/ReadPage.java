package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.validation.Validator;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleRules;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InputErrors;
import org.openxeco.network.catalogue.CatalogueFormatException;

/**
 * A page of a peer's changes read from its JSON and checked, before any transaction: the
 * changes that could be read, the reasons of those that could not, and for each incoming
 * object whether it passes the same validation as local input. A sync reads the next page
 * this way while the current one is applied, so the transaction that applies a page only
 * writes.
 */
public final class ReadPage {

    private final List<FeedChange> changes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    /** Why each invalid incoming object was refused; the others passed. */
    private final Map<Incoming<?>, RuntimeException> refused = new IdentityHashMap<>();

    private ReadPage() {
    }

    static ReadPage of(List<JsonObject> page, Validator validator) {
        ReadPage read = new ReadPage();
        for (JsonObject json : page) {
            try {
                FeedChange change = FeedChange.read(json);
                read.changes.add(change);
                if (change.incoming() != null) {
                    read.check(change.incoming(), validator);
                }
            } catch (CatalogueFormatException e) {
                read.errors.add(e.getMessage());
            }
        }
        return read;
    }

    private void check(Incoming<?> in, Validator validator) {
        try {
            if (in.object() instanceof Organisation entity) {
                InputCheck.validate(validator, entity);
            } else if (in.object() instanceof Article article) {
                InputErrors found = new InputErrors();
                found.run(() -> InputCheck.validate(validator, article));
                found.run(() -> ArticleRules.checkTypeFields(article));
                found.throwIfAny();
            }
        } catch (RuntimeException e) {
            // Thrown where the object is written, if it is: one whose version is not newer
            // than the copy's is skipped, valid or not, as before it was read here.
            refused.put(in, e);
        }
    }

    List<FeedChange> changes() {
        return changes;
    }

    /** The reasons of the changes that could not be read, one per change. */
    List<String> errors() {
        return errors;
    }

    /** Throws why the object was refused, if it was. */
    void requireValid(Incoming<?> in) {
        RuntimeException reason = refused.get(in);
        if (reason != null) {
            throw reason;
        }
    }
}
