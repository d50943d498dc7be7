package org.openxeco.content;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.kernel.InstantConverter;

/**
 * What an event adds to an article: when (instants plus the time zone they are shown in,
 * or whole days), where, how to attend, and where to register or submit a talk.
 */
@Embeddable
public class EventDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Convert(converter = InstantConverter.class)
    @Column(name = "event_start")
    private Instant start;

    @Convert(converter = InstantConverter.class)
    @Column(name = "event_end")
    private Instant end;

    // Derived from the fields above on every change, so lists can select on one column.
    @Convert(converter = InstantConverter.class)
    @Column(name = "event_until")
    private Instant until;

    @Size(max = 64)
    @Column(name = "event_time_zone")
    private String timeZone;

    @Column(name = "event_all_day")
    private Boolean allDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_attendance")
    private Attendance attendance;

    @Size(max = 300)
    @Column(name = "event_venue")
    private String venue;

    @Size(max = 200)
    @Column(name = "event_city")
    private String city;

    @Pattern(regexp = "[A-Z]{2}", message = "{openxeco.country.pattern}")
    @Column(name = "event_country_code", length = 2)
    private String countryCode;

    @Size(max = 100)
    @Column(name = "event_country_name")
    private String countryName;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}")
    @Column(name = "event_registration")
    private String registrationUrl;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "{openxeco.url.pattern}")
    @Column(name = "event_cfp_url")
    private String cfpUrl;

    @Column(name = "event_cfp_end")
    private LocalDate cfpEnd;

    public EventDetails() {
    }

    /** Whether any event field is set. */
    public boolean isEmpty() {
        return start == null && end == null && timeZone == null && allDay == null
                && attendance == null && venue == null && city == null && countryCode == null
                && countryName == null && registrationUrl == null && cfpUrl == null
                && cfpEnd == null;
    }

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start == null ? null : start.truncatedTo(ChronoUnit.MICROS);
        refreshUntil();
    }

    public Instant getEnd() {
        return end;
    }

    public void setEnd(Instant end) {
        this.end = end == null ? null : end.truncatedTo(ChronoUnit.MICROS);
        refreshUntil();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
        refreshUntil();
    }

    /**
     * When the event is over: its end if it has one, else the end of its start day in its
     * own time zone (an all-day event without an end lasts its one day).
     */
    public Instant getUntil() {
        return until;
    }

    private void refreshUntil() {
        if (end != null || start == null) {
            until = end;
            return;
        }
        ZoneId zone;
        try {
            zone = timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        until = start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isAllDay() {
        return Boolean.TRUE.equals(allDay);
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCountryName() {
        return countryName;
    }

    public void setCountryName(String countryName) {
        this.countryName = countryName;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(String registrationUrl) {
        this.registrationUrl = registrationUrl;
    }

    public String getCfpUrl() {
        return cfpUrl;
    }

    public void setCfpUrl(String cfpUrl) {
        this.cfpUrl = cfpUrl;
    }

    public LocalDate getCfpEnd() {
        return cfpEnd;
    }

    public void setCfpEnd(LocalDate cfpEnd) {
        this.cfpEnd = cfpEnd;
    }
}
