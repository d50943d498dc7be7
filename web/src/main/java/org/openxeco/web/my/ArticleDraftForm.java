package org.openxeco.web.my;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.openxeco.content.ArticleType;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.membership.ArticleDraft;

/** The values of the member's article editor, as typed; event times in the event's zone. */
public class ArticleDraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ArticleType type = ArticleType.NEWS;
    private String title;
    private String summary;
    private String body;
    private LocalDateTime start;
    private LocalDateTime end;
    private String timeZone = "UTC";
    private String venue;
    private EmploymentType employmentType;
    private String location;
    private String url;

    static ArticleDraftForm of(ArticleDraft draft) {
        ArticleDraftForm form = new ArticleDraftForm();
        form.type = draft.type();
        form.title = draft.title();
        form.summary = draft.summary();
        form.body = draft.body();
        if (draft.event() != null && draft.event().getTimeZone() != null) {
            ZoneId zone = ZoneId.of(draft.event().getTimeZone());
            form.timeZone = zone.getId();
            form.start = draft.event().getStart() == null ? null
                    : LocalDateTime.ofInstant(draft.event().getStart(), zone);
            form.end = draft.event().getEnd() == null ? null
                    : LocalDateTime.ofInstant(draft.event().getEnd(), zone);
            form.venue = draft.event().getVenue();
        }
        if (draft.job() != null) {
            form.employmentType = draft.job().getEmploymentType();
            form.location = draft.job().getLocation();
        }
        if (draft.offering() != null) {
            form.url = draft.offering().getUrl();
        }
        return form;
    }

    ArticleDraft toDraft() {
        EventDetails event = null;
        if (type == ArticleType.EVENT) {
            event = new EventDetails();
            event.setTimeZone(blank(timeZone));
            ZoneId zone = zone();
            event.setStart(start == null || zone == null ? null : start.atZone(zone).toInstant());
            event.setEnd(end == null || zone == null ? null : end.atZone(zone).toInstant());
            event.setVenue(blank(venue));
        }
        JobDetails job = null;
        if (type == ArticleType.JOB_OFFER) {
            job = new JobDetails();
            job.setEmploymentType(employmentType);
            job.setLocation(blank(location));
        }
        OfferingDetails offering = null;
        if (type == ArticleType.SERVICE || type == ArticleType.TOOL) {
            offering = new OfferingDetails();
            offering.setUrl(blank(url));
        }
        return new ArticleDraft(type, title, blank(summary), blank(body), event, job, offering);
    }

    private ZoneId zone() {
        try {
            return timeZone == null ? null : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ArticleType getType() {
        return type;
    }

    public void setType(ArticleType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
