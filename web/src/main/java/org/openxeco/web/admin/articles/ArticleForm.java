package org.openxeco.web.admin.articles;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.web.ui.EntityChoice;

/**
 * What the article editor shows and the person types, kept apart from the stored article so
 * that a refused save leaves every typed value on screen. Event times are edited in the
 * event's own time zone.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    ArticleType type = ArticleType.NEWS;
    ArticleStatus status = ArticleStatus.DRAFT;
    String title;
    String slug;
    String summary;
    String body;
    Boolean shared;
    List<EntityChoice> related = new ArrayList<>();

    LocalDateTime start;
    LocalDateTime end;
    String timeZone = "Europe/Luxembourg";
    boolean allDay;
    Attendance attendance;
    String venue;
    String city;
    String countryCode;
    String registrationUrl;
    String cfpUrl;
    LocalDate cfpEnd;

    EntityChoice hiring;
    EmploymentType employmentType;
    String location;
    LocalDate closingDate;

    EntityChoice provider;
    String offeringUrl;

    static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.type = a.getType();
        f.status = a.getStatus();
        f.title = a.getTitle();
        f.slug = a.getSlug();
        f.summary = a.getSummary();
        f.body = a.getBody();
        f.shared = a.getShared();
        a.getRelatedEntities().forEach(o -> f.related.add(EntityChoice.of(o)));
        a.getEvent().ifPresent(e -> {
            f.timeZone = e.getTimeZone() == null ? f.timeZone : e.getTimeZone();
            ZoneId zone = ZoneId.of(f.timeZone);
            f.start = e.getStart() == null ? null : LocalDateTime.ofInstant(e.getStart(), zone);
            f.end = e.getEnd() == null ? null : LocalDateTime.ofInstant(e.getEnd(), zone);
            f.allDay = e.isAllDay();
            f.attendance = e.getAttendance();
            f.venue = e.getVenue();
            f.city = e.getCity();
            f.countryCode = e.getCountryCode();
            f.registrationUrl = e.getRegistrationUrl();
            f.cfpUrl = e.getCfpUrl();
            f.cfpEnd = e.getCfpEnd();
        });
        a.getJob().ifPresent(j -> {
            f.hiring = EntityChoice.of(j.getHiringEntity());
            f.employmentType = j.getEmploymentType();
            f.location = j.getLocation();
            f.closingDate = j.getClosingDate();
        });
        a.getOffering().ifPresent(o -> {
            f.provider = EntityChoice.of(o.getProvider());
            f.offeringUrl = o.getUrl();
        });
        return f;
    }

    /** A new unsaved article with the typed values, for the service to check and store. */
    Article toArticle(Instant publishedAt) {
        Article a = new Article(type);
        a.setTitle(title);
        a.setSlug(slug);
        a.setSummary(summary);
        a.setBody(body);
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        a.setShared(shared);
        if (type == ArticleType.EVENT) {
            EventDetails e = new EventDetails();
            ZoneId zone = zone();
            e.setTimeZone(timeZone);
            e.setStart(start == null ? null : start.atZone(zone).toInstant());
            e.setEnd(end == null ? null : end.atZone(zone).toInstant());
            e.setAllDay(allDay);
            e.setAttendance(attendance);
            e.setVenue(venue);
            e.setCity(city);
            e.setCountryCode(countryCode == null ? null : countryCode.strip().toUpperCase());
            e.setRegistrationUrl(registrationUrl);
            e.setCfpUrl(cfpUrl);
            e.setCfpEnd(cfpEnd);
            a.setEvent(e);
        } else if (type == ArticleType.JOB_OFFER) {
            JobDetails j = new JobDetails();
            j.setEmploymentType(employmentType);
            j.setLocation(location);
            j.setClosingDate(closingDate);
            a.setJob(j);
        } else if (type == ArticleType.SERVICE || type == ArticleType.TOOL) {
            OfferingDetails o = new OfferingDetails();
            o.setUrl(offeringUrl);
            a.setOffering(o);
        }
        return a;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    // Getters and setters for the page.

    public ArticleType getType() { return type; }
    public void setType(ArticleType type) { this.type = type; }
    public ArticleStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Boolean getShared() { return shared; }
    public void setShared(Boolean shared) { this.shared = shared; }
    public List<EntityChoice> getRelated() { return related; }
    public void setRelated(List<EntityChoice> related) { this.related = new ArrayList<>(related); }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public boolean isAllDay() { return allDay; }
    public void setAllDay(boolean allDay) { this.allDay = allDay; }
    public Attendance getAttendance() { return attendance; }
    public void setAttendance(Attendance attendance) { this.attendance = attendance; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getRegistrationUrl() { return registrationUrl; }
    public void setRegistrationUrl(String url) { this.registrationUrl = url; }
    public String getCfpUrl() { return cfpUrl; }
    public void setCfpUrl(String cfpUrl) { this.cfpUrl = cfpUrl; }
    public LocalDate getCfpEnd() { return cfpEnd; }
    public void setCfpEnd(LocalDate cfpEnd) { this.cfpEnd = cfpEnd; }
    public EntityChoice getHiring() { return hiring; }
    public void setHiring(EntityChoice hiring) { this.hiring = hiring; }
    public EmploymentType getEmploymentType() { return employmentType; }
    public void setEmploymentType(EmploymentType type) { this.employmentType = type; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public LocalDate getClosingDate() { return closingDate; }
    public void setClosingDate(LocalDate closingDate) { this.closingDate = closingDate; }
    public EntityChoice getProvider() { return provider; }
    public void setProvider(EntityChoice provider) { this.provider = provider; }
    public String getOfferingUrl() { return offeringUrl; }
    public void setOfferingUrl(String offeringUrl) { this.offeringUrl = offeringUrl; }
}
