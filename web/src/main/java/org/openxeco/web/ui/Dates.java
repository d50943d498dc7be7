package org.openxeco.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Formats instants and dates in the person's language and time zone. */
@Named
@RequestScoped
public class Dates {

    @Inject
    Preferences preferences;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(preferences.getLocale())
                .withZone(preferences.zone()).format(instant);
    }

    public String date(Object value) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(preferences.getLocale()).withZone(preferences.zone());
        if (value instanceof Instant instant) {
            return format.format(instant);
        }
        return value instanceof LocalDate date ? format.format(date) : "";
    }
}
