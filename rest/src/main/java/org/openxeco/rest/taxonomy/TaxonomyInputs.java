package org.openxeco.rest.taxonomy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.platform.AnsweredAs;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/** Bodies of taxonomy writes. */
public final class TaxonomyInputs {

    private TaxonomyInputs() {
    }

    /** A scheme to create or replace. {@code appliesTo} names object types, such as event. */
    @AnsweredAs(TaxonomyViews.SchemeView.class)
    public static class SchemeInput {
        public Long version;
        public String code;
        public Map<String, String> labels;
        public String description;
        public Boolean multipleChoice;
        public List<String> appliesTo;
        public String source;
        public String licence;
        public String uri;

        TaxonomyScheme toScheme() {
            List<FieldError> errors = new ArrayList<>();
            TaxonomyScheme scheme = new TaxonomyScheme();
            scheme.setCode(code);
            scheme.setLabels(labels == null ? Map.of() : labels);
            scheme.setDescription(description);
            scheme.setMultipleChoice(multipleChoice == null || multipleChoice);
            Set<ObjectType> targets = EnumSet.noneOf(ObjectType.class);
            for (int i = 0; appliesTo != null && i < appliesTo.size(); i++) {
                String text = appliesTo.get(i);
                String field = "appliesTo[" + i + "]";
                ObjectType type = Inputs.read(() -> ApiEnums.parse(ObjectType.class, text, field),
                        errors);
                if (type != null) {
                    targets.add(type);
                }
            }
            scheme.setTargets(targets);
            scheme.setSource(source);
            scheme.setLicence(licence);
            scheme.setCanonicalUri(uri);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return scheme;
        }
    }

    /** A value to create or replace; {@code parent} is the UUID of its parent or null. */
    @AnsweredAs(TaxonomyViews.ValueView.class)
    public static class ValueInput {
        public Long version;
        public String code;
        public Map<String, String> labels;
        public String parent;
        public String uri;

        TaxonomyValue toValue(TaxonomyScheme scheme) {
            TaxonomyValue value = new TaxonomyValue(scheme, code);
            value.setLabels(labels == null ? Map.of() : labels);
            value.setCanonicalUri(uri);
            return value;
        }

        UUID parentId() {
            return parent == null || parent.isBlank() ? null : Params.uuid(parent, "parent");
        }
    }
}
