package org.openxeco.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EventDetails;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * iCalendar (RFC 5545) of the public events: one VEVENT per event whose UID (the article's
 * UUID at the node's host) stays the same across updates while its SEQUENCE, the article's
 * version, rises; times in the event's own zone with its VTIMEZONE, all-day events as dates.
 * Time-zone definitions come from the library's bundled data only (see ical4j.properties).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EventCalendar {

    private static final String PRODUCT = "-//openXeco//Events//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance()
            .createRegistry();

    @Inject
    FeedSource source;

    @Inject
    NodeUris uris;

    @Inject
    @ConfigProperty(name = "openxeco.node.name", defaultValue = "openXeco node")
    String nodeName;

    /**
     * The calendar of the public events, narrowed to a taxonomy value ({@code scheme:code}
     * or UUID) when one is given; an unknown value is not found.
     */
    public FeedDocument calendar(Optional<String> tagReference, Locale locale) {
        Optional<TaxonomyValue> tag = tagReference.map(r -> source.tag(ArticleType.EVENT, r)
                .orElseThrow(() -> new NotFoundException("Taxonomy value", r)));
        List<Article> events = source.events(tag);
        FeedTexts texts = new FeedTexts(locale, nodeName);
        Calendar calendar = calendar();
        calendar.add(new XProperty("X-WR-CALNAME", texts.title(ArticleType.EVENT, tag)));
        return write(calendar, events, texts.language());
    }

    /** The calendar of one public event, or a not-found error. */
    public FeedDocument event(UUID uuid, Locale locale) {
        Article event = source.event(uuid);
        return write(calendar(), List.of(event), new FeedTexts(locale, nodeName).language());
    }

    /** The UID of an event in calendars: its UUID at the node's host. */
    public String uid(Article event) {
        return event.getUuid() + "@" + new FeedLinks(uris).host();
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private FeedDocument write(Calendar calendar, List<Article> events, String lang) {
        FeedLinks links = new FeedLinks(uris);
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        for (Article article : events) {
            EventDetails details = article.getEvent().orElseGet(EventDetails::new);
            if (details.getStart() == null) {
                continue;
            }
            ZoneId zone = zone(details);
            if (!details.isAllDay()) {
                zones.computeIfAbsent(zone.getId(), EventCalendar::definition);
            }
            calendar.add(vevent(article, details, zone, links, lang));
        }
        zones.values().stream().filter(z -> z != null).forEach(calendar::add);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The calendar could not be written", e);
        }
        Optional<Instant> updated = events.stream().map(Article::getUpdated)
                .max(Comparator.naturalOrder());
        return new FeedDocument(out.toString(), updated);
    }

    private VEvent vevent(Article article, EventDetails details, ZoneId zone, FeedLinks links,
            String lang) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(article)));
        event.add(new DtStamp(article.getUpdated()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, article.getVersion())));
        if (details.isAllDay()) {
            LocalDate first = details.getStart().atZone(zone).toLocalDate();
            // A stored all-day end is the start of the day after the last day, as DTEND is.
            LocalDate after = details.getEnd() == null ? first.plusDays(1)
                    : details.getEnd().atZone(zone).toLocalDate();
            event.add(new DtStart<>(first));
            event.add(new DtEnd<>(after.isAfter(first) ? after : first.plusDays(1)));
        } else {
            event.add(new DtStart<>(details.getStart().atZone(zone)));
            if (details.getEnd() != null) {
                event.add(new DtEnd<>(details.getEnd().atZone(zone)));
            }
        }
        event.add(new Summary(PlainText.clean(article.getTitle())));
        String description = ArticleFeeds.summary(article);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        String where = where(details);
        if (!where.isEmpty()) {
            event.add(new Location(where));
        }
        event.add(new Url(java.net.URI.create(links.article(article))));
        event.add(new LastModified(article.getUpdated()));
        List<String> labels = article.getTags().stream()
                .sorted(Comparator.comparing(TaxonomyValue::reference))
                .map(v -> v.label(lang)).toList();
        if (!labels.isEmpty()) {
            event.add(new Categories(new TextList(labels)));
        }
        return event;
    }

    /**
     * The definition of a zone under the very name the events use: the bundled data files
     * a zone that is an alias (Europe/Luxembourg) under its target (Europe/Brussels), whose
     * TZID would then match no event. Null for a zone the data does not have.
     */
    static VTimeZone definition(String id) {
        TimeZone zone = ZONES.getTimeZone(id);
        if (zone == null) {
            return null;
        }
        VTimeZone definition = zone.getVTimeZone().copy();
        definition.replace(new TzId(id));
        // These name where the target's definition is published, not this zone's.
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return definition;
    }

    /** Venue, city and country (its English name), as far as they are known. */
    static String where(EventDetails details) {
        String country = details.getCountryCode() == null ? details.getCountryName()
                : new Locale("", details.getCountryCode()).getDisplayCountry(Locale.ENGLISH);
        return Stream.of(details.getVenue(), details.getCity(), country)
                .filter(p -> p != null && !p.isBlank()).map(PlainText::clean)
                .collect(Collectors.joining(", "));
    }

    /** The event's zone; UTC when it has none or one Java does not know. */
    static ZoneId zone(EventDetails details) {
        try {
            return details.getTimeZone() == null ? ZoneOffset.UTC
                    : ZoneId.of(details.getTimeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
