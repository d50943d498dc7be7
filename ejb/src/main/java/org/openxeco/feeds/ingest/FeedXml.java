package org.openxeco.feeds.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import com.rometools.rome.io.impl.XmlFixerReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses a feed's XML into the document Rome reads. A document type declaration is
 * accepted (RSS 0.91 feeds start with Netscape's), but nothing outside the document is
 * ever read: no external DTD, no external entity (every one resolves to nothing), and a
 * document that declares any entity of its own is refused before one is expanded, which
 * keeps out both external entities and entity bombs. HTML entity names that feeds use
 * without declaring them are replaced by their characters first, as Rome does.
 */
final class FeedXml {

    private FeedXml() {
    }

    /** The parsed document; a malformed one, or one declaring entities, is refused. */
    static Document parse(Reader text) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
                false);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(false);
        builder.setSAXHandlerFactory(NoEntityDeclarations::new);
        try {
            return builder.build(new XmlFixerReader(text));
        } catch (EntityDeclared e) {
            throw new JDOMException(e.getMessage());
        }
    }

    /** Stops the parse at the first entity declaration. */
    private static final class NoEntityDeclarations extends SAXHandler {

        NoEntityDeclarations(JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void internalEntityDecl(String name, String value) {
            throw new EntityDeclared(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId)
                throws SAXException {
            throw new EntityDeclared(name);
        }
    }

    /** The document declares an entity (unchecked: the handler's method throws nothing). */
    private static final class EntityDeclared extends RuntimeException {

        private static final long serialVersionUID = 1L;

        EntityDeclared(String name) {
            super("the document declares the entity " + name
                    + "; feeds with entity declarations are not read");
        }
    }
}
