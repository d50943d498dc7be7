package org.openxeco.it;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.json.JsonObject;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.vcard.Entity;
import net.fortuna.ical4j.vcard.VCard;
import net.fortuna.ical4j.vcard.VCardBuilder;

import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The node's feeds read back with libraries that share nothing with the node's writers:
 * the JDK's XML parser and XPath for RSS and Atom, biweekly for iCalendar and ical4j's
 * vCard module for vCard.
 */
final class FeedReading {

    private FeedReading() {
    }

    /** An XML document queried with XPath; prefix {@code a} is Atom, {@code dc} Dublin Core. */
    static final class Xml {

        private final Document document;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Xml(String text) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        text.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("Not well-formed XML: " + text, e);
            }
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "a" -> "http://www.w3.org/2005/Atom";
                        case "dc" -> "http://purl.org/dc/elements/1.1/";
                        default -> XMLConstants.NULL_NS_URI;
                    };
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        String text(String expression) {
            try {
                return xpath.evaluate(expression, document);
            } catch (Exception e) {
                throw new AssertionError(expression, e);
            }
        }

        List<String> texts(String expression) {
            try {
                NodeList nodes = (NodeList) xpath.evaluate(expression, document,
                        XPathConstants.NODESET);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(nodes.item(i).getTextContent());
                }
                return texts;
            } catch (Exception e) {
                throw new AssertionError(expression, e);
            }
        }
    }

    /** The one calendar of an iCalendar text. */
    static ICalendar calendar(String text) {
        List<ICalendar> calendars = Biweekly.parse(text).all();
        if (calendars.size() != 1) {
            throw new AssertionError(calendars.size() + " calendars in " + text);
        }
        return calendars.get(0);
    }

    /** The one card of a vCard text. */
    static Entity card(String text) {
        try {
            VCard card = new VCardBuilder(new StringReader(text)).build();
            if (card.getEntities().size() != 1) {
                throw new AssertionError(card.getEntities().size() + " cards in " + text);
            }
            return card.getEntities().get(0);
        } catch (Exception e) {
            throw new AssertionError("Not a vCard: " + text, e);
        }
    }

    /** The values of a card's properties of one name, in order. */
    static List<String> values(Entity card, String name) {
        return card.getPropertyList().getProperties(name).stream().map(Property::getValue)
                .toList();
    }

    /** An anonymous read of a feed that must answer 200. */
    static Reply feed(String path) {
        Reply reply = send(path, null);
        if (reply.status() != 200) {
            throw new AssertionError("Not 200: " + reply);
        }
        return reply;
    }

    /** An anonymous read accepting any type, with If-None-Match when given. */
    static Reply send(String path, String ifNoneMatch) {
        HttpRequest.Builder request = Node.requestTo(path, Caller.ANONYMOUS)
                .header("Accept", "*/*");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return Node.sendOver(HttpClient.Version.HTTP_1_1,
                List.of(request.GET().build())).get(0);
    }

    /** The node's base URL, from the URI of an object it answered with. */
    static String base(JsonObject object) {
        String uri = object.getString("uri");
        return uri.substring(0, uri.indexOf("/api/"));
    }

    /** The public page of an article as the portal's routes spell it. */
    static String page(JsonObject article) {
        String section = switch (article.getString("type")) {
            case "event" -> "events";
            case "job-offer" -> "jobs";
            default -> "news";
        };
        return base(article) + "/" + section + "/" + article.getString("slug");
    }

    /** The labels of an article's tags. */
    static List<String> label(JsonObject article) {
        return article.getJsonArray("tags").stream()
                .map(t -> t.asJsonObject().getString("label")).toList();
    }

    /** The VEVENT whose UID is the article's UUID at the node's host. */
    static VEvent byUid(ICalendar calendar, JsonObject article) {
        String uid = article.getString("id") + "@" + URI.create(article.getString("uri")).getHost();
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("No " + uid));
    }

    /** The date as written, whatever the zone of the machine that reads it. */
    static String date(ICalDate date) {
        var raw = date.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate()).toString();
    }
}
