package org.openxeco.it;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import biweekly.Biweekly;
import biweekly.ICalendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.vcard.Entity;
import net.fortuna.ical4j.vcard.VCard;
import net.fortuna.ical4j.vcard.VCardBuilder;

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
}
