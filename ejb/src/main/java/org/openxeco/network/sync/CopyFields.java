package org.openxeco.network.sync;

import java.util.List;
import java.util.function.Function;

import org.openxeco.content.Article;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.directory.Organisation;

/**
 * The fields of entities and articles that copies take from their origin. Tags, related
 * entities, the logo and the status follow their own rules (see {@link CopyMerge}); an
 * article's slug is the origin's only when the copy is made, since it must be unique here.
 */
final class CopyFields {

    static final List<CopyField<Organisation>> ENTITY = List.of(
            CopyField.of("name", Organisation::getName, Organisation::setName),
            CopyField.of("legalName", Organisation::getLegalName, Organisation::setLegalName),
            CopyField.of("kind", Organisation::getKind, Organisation::setKind),
            CopyField.of("description", Organisation::getDescription,
                    Organisation::setDescription),
            CopyField.of("email", Organisation::getEmail, Organisation::setEmail),
            CopyField.of("phone", Organisation::getPhone, Organisation::setPhone),
            CopyField.list("websites", Organisation::getWebsites, w -> w,
                    Organisation::setWebsites),
            CopyField.list("addresses", Organisation::getAddresses,
                    a -> CopyField.parts(a.getStreet(), a.getPostalCode(), a.getCity(),
                            a.getRegion(), a.getCountryCode()), Organisation::setAddresses),
            CopyField.list("identifiers", Organisation::getIdentifiers,
                    i -> CopyField.parts(i.getScheme(), i.getValue()),
                    Organisation::setIdentifiers));

    static final List<CopyField<Article>> ARTICLE = List.of(
            CopyField.of("title", Article::getTitle, Article::setTitle),
            CopyField.of("summary", Article::getSummary, Article::setSummary),
            CopyField.of("body", Article::getBody, Article::setBody),
            CopyField.of("publishedAt", Article::getPublishedAt, Article::setPublishedAt),
            CopyField.list("links", Article::getLinks,
                    l -> CopyField.parts(l.getKind(), l.getUrl(), l.getLabel()),
                    Article::setLinks),
            event("eventStart", EventDetails::getStart, EventDetails::setStart),
            event("eventEnd", EventDetails::getEnd, EventDetails::setEnd),
            event("eventTimeZone", EventDetails::getTimeZone, EventDetails::setTimeZone),
            event("eventAllDay", EventDetails::isAllDay, EventDetails::setAllDay),
            event("eventAttendance", EventDetails::getAttendance, EventDetails::setAttendance),
            event("eventVenue", EventDetails::getVenue, EventDetails::setVenue),
            event("eventCity", EventDetails::getCity, EventDetails::setCity),
            event("eventCountry", EventDetails::getCountryCode, EventDetails::setCountryCode),
            event("eventRegistration", EventDetails::getRegistrationUrl,
                    EventDetails::setRegistrationUrl),
            job("jobEmploymentType", JobDetails::getEmploymentType,
                    JobDetails::setEmploymentType),
            job("jobLocation", JobDetails::getLocation, JobDetails::setLocation),
            job("jobClosingDate", JobDetails::getClosingDate, JobDetails::setClosingDate),
            CopyField.of("offeringUrl", (Article a) -> a.getOffering()
                    .map(OfferingDetails::getUrl).orElse(null),
                    (Article a, String url) -> offering(a).setUrl(url)));

    private CopyFields() {
    }

    private static <V> CopyField<Article> event(String name, Function<EventDetails, V> get,
            java.util.function.BiConsumer<EventDetails, V> set) {
        return CopyField.of(name, (Article a) -> a.getEvent().map(get).orElse(null),
                (Article a, V value) -> {
                    if (value != null || a.getEvent().isPresent()) {
                        set.accept(event(a), value);
                    }
                });
    }

    private static <V> CopyField<Article> job(String name, Function<JobDetails, V> get,
            java.util.function.BiConsumer<JobDetails, V> set) {
        return CopyField.of(name, (Article a) -> a.getJob().map(get).orElse(null),
                (Article a, V value) -> {
                    if (value != null || a.getJob().isPresent()) {
                        set.accept(job(a), value);
                    }
                });
    }

    static EventDetails event(Article a) {
        return a.getEvent().orElseGet(() -> {
            EventDetails event = new EventDetails();
            a.setEvent(event);
            return event;
        });
    }

    static JobDetails job(Article a) {
        return a.getJob().orElseGet(() -> {
            JobDetails job = new JobDetails();
            a.setJob(job);
            return job;
        });
    }

    static OfferingDetails offering(Article a) {
        return a.getOffering().orElseGet(() -> {
            OfferingDetails offering = new OfferingDetails();
            a.setOffering(offering);
            return offering;
        });
    }
}
