package org.openxeco.content;

import java.util.Map;
import org.openxeco.audit.AuditFields;
import org.openxeco.directory.Organisation;
import org.openxeco.taxonomy.TaxonomyValue;

/** The fields of an article as the audit trail shows them. */
final class ArticleAudit {

    private ArticleAudit() {
    }

    static Map<String, String> fields(Article a) {
        AuditFields fields = AuditFields.start().put("title", a.getTitle())
                .put("status", a.getStatus()).put("slug", a.getSlug())
                .put("summary", a.getSummary()).put("body", a.getBody())
                .put("publishedAt", a.getPublishedAt())
                .list("links", a.getLinks(), l -> l.getKind() + " " + l.getUrl()
                        + (l.getLabel() == null ? "" : " (" + l.getLabel() + ")"))
                .set("relatedEntities", a.getRelatedEntities(), Organisation::getName)
                .set("tags", a.getTags(), TaxonomyValue::reference).put("shared", a.getShared());
        a.getEvent().ifPresent(e -> fields.put("event.start", e.getStart())
                .put("event.end", e.getEnd()).put("event.timeZone", e.getTimeZone())
                .put("event.allDay", e.isAllDay()).put("event.attendance", e.getAttendance())
                .put("event.venue", e.getVenue()).put("event.city", e.getCity())
                .put("event.countryCode", e.getCountryCode())
                .put("event.registrationUrl", e.getRegistrationUrl())
                .put("event.cfpUrl", e.getCfpUrl()).put("event.cfpEnd", e.getCfpEnd()));
        a.getJob().ifPresent(j -> fields.put("job.hiringEntity",
                j.getHiringEntity() == null ? null : j.getHiringEntity().getName())
                .put("job.employmentType", j.getEmploymentType())
                .put("job.location", j.getLocation()).put("job.closingDate", j.getClosingDate()));
        a.getOffering().ifPresent(o -> fields.put("offering.provider",
                o.getProvider() == null ? null : o.getProvider().getName())
                .put("offering.url", o.getUrl()));
        return fields.build();
    }
}
