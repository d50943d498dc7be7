package org.openxeco.web.ui;

import java.util.UUID;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import org.openxeco.directory.OrganisationService;

/** Turns a picked entity into its UUID on the page and back, checking that it exists. */
@FacesConverter(forClass = EntityChoice.class, managed = true)
@jakarta.inject.Named("entityChoiceConverter")
public class EntityChoiceConverter implements Converter<EntityChoice> {

    @Inject
    OrganisationService organisations;

    @Inject
    Texts texts;

    @Override
    public EntityChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return organisations.find(UUID.fromString(value)).map(EntityChoice::of)
                    .orElseThrow(IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("entity.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EntityChoice value) {
        return value == null ? "" : value.uuid();
    }
}
