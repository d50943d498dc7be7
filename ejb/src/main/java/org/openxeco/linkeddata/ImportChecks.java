package org.openxeco.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleRules;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.RichText;
import org.openxeco.taxonomy.TaxonomyService;

/**
 * The rules the services apply when creating an entity or an article (Bean Validation, the
 * rules of the article's type, the tags allowed for the object's type), run on an imported
 * object before it is created, so that their errors come with those of the reading, under
 * the domain's field names. The services check again when creating.
 */
final class ImportChecks {

    private ImportChecks() {
    }

    /** The errors an entity with these tags would be refused with. */
    static List<FieldError> entity(Validator validator, TaxonomyService taxonomies,
            Organisation data, List<UUID> tags) {
        List<FieldError> errors = new ArrayList<>();
        data.setDescription(RichText.sanitise(data.getDescription()));
        collect(() -> InputCheck.validate(validator, data), errors);
        collect(() -> taxonomies.resolveTags(tags, ObjectType.ENTITY), errors);
        return errors;
    }

    /** The errors an article with these tags would be refused with. */
    static List<FieldError> article(Validator validator, TaxonomyService taxonomies,
            Article data, List<UUID> tags) {
        List<FieldError> errors = new ArrayList<>();
        data.setBody(RichText.sanitise(data.getBody()));
        collect(() -> InputCheck.validate(validator, data), errors);
        collect(() -> ArticleRules.checkTypeFields(data), errors);
        collect(() -> taxonomies.resolveTags(tags, data.getType().objectType()), errors);
        return errors;
    }

    private static void collect(Runnable check, List<FieldError> errors) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
    }
}
