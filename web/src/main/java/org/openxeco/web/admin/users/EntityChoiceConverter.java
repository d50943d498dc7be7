package org.openxeco.web.admin.users;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.OrganisationService;

/** Turns an entity's UUID as submitted by the entity picker into the entity and back. */
@Named
@RequestScoped
public class EntityChoiceConverter implements Converter<EntityChoice> {

    @Inject
    OrganisationService organisations;

    @Override
    public EntityChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(value.strip());
            return organisations.find(uuid).map(o -> new EntityChoice(uuid.toString(),
                    o.getName())).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EntityChoice value) {
        return value == null ? "" : value.uuid();
    }
}
