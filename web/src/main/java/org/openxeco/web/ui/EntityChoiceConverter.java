package org.openxeco.web.ui;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.OrganisationService;

/**
 * Turns a picked entity into its UUID on the page and back, checking that it exists. Pickers
 * name it with {@code converter="#{entityChoiceConverter}"}.
 */
@Named
@RequestScoped
public class EntityChoiceConverter implements Converter<Object> {

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
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof EntityChoice choice) {
            return choice.uuid();
        }
        return value == null ? "" : value.toString();
    }
}
