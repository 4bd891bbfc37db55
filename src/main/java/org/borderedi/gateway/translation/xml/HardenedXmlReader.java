package org.borderedi.gateway.translation.xml;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.borderedi.gateway.translation.SegmentCursor;
import org.borderedi.gateway.translation.SmooksReaderBase;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads a partner's XML document for Smooks with the JDK's own SAX parser, hardened (no DOCTYPE, no external entities
 * or DTDs, secure processing), and moves the {@link SegmentCursor} to each element as it goes, so that every value a
 * mapping binds carries where the filer wrote it.
 *
 * <p>Configured in a Smooks configuration as {@code <reader class="org.borderedi.gateway.translation.xml.HardenedXmlReader"/>};
 * the source is a Smooks {@code StreamSource}. The parser comes from {@link SAXParserFactory#newDefaultInstance()}:
 * Smooks' own jars put another JAXP implementation on the class path, which {@code newInstance()} would pick.
 *
 * <p>A source's path is the local names from below the document element down to the element, joined by '/'
 * ({@code MasterConsignment/ConsignorParty/PostalStructuredAddress/CityName}; the root element alone is named by its
 * own local name); its position is the line of the element's start tag (where the tag ends, as the SAX locator tells;
 * a text on later lines still points at its element's tag); its element is the attribute's local name for a value
 * taken from an attribute. Smooks binds an element's text when the element ends, so the cursor points at an element
 * both at its start and at its end.
 */
public final class HardenedXmlReader extends SmooksReaderBase {

    private static final String NAMESPACE_PREFIXES = "http://xml.org/sax/features/namespace-prefixes";
    private static final String XMLNS_URIS = "http://xml.org/sax/features/xmlns-uris";

    private boolean namespacePrefixes;
    private boolean xmlnsUris;

    @Override
    public void parse(InputSource input) throws IOException, SAXException {
        ContentHandler handler = getContentHandler();
        if (handler == null) {
            throw new SAXException("HardenedXmlReader was given no content handler");
        }
        XMLReader parser = newParser();
        parser.setFeature(NAMESPACE_PREFIXES, namespacePrefixes);
        parser.setFeature(XMLNS_URIS, xmlnsUris);
        parser.setContentHandler(new Tracking(handler));
        try {
            parser.parse(bytesFirst(input));
        } finally {
            SegmentCursor.clearCurrent();
        }
    }

    /**
     * A namespace-aware, non-validating JDK parser that refuses a DOCTYPE, reads no external entity, DTD or schema,
     * and stops at the first error.
     */
    static XMLReader newParser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader parser = factory.newSAXParser().getXMLReader();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setEntityResolver(REFUSE_ENTITIES);
            parser.setErrorHandler(STOP_AT_FIRST_ERROR);
            return parser;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    /** Refuses to read anything from outside the document, should an entity ever get past the DOCTYPE ban. */
    private static final EntityResolver REFUSE_ENTITIES = (publicId, systemId) -> {
        throw new SAXException("external entities are not read (" + systemId + ")");
    };

    /** Makes every parser error, recoverable or not, end the parse with its line and column. */
    private static final ErrorHandler STOP_AT_FIRST_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not stop a well-formed document.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    /**
     * The bytes, so that the parser reads the encoding from the XML declaration: Smooks also offers a character stream
     * decoded with its own default encoding, which would win over the bytes.
     */
    private static InputSource bytesFirst(InputSource input) {
        if (input.getByteStream() == null) {
            return input;
        }
        InputSource bytes = new InputSource(input.getByteStream());
        bytes.setSystemId(input.getSystemId());
        return bytes;
    }

    /** Hands every event on to Smooks, with the cursor on the element the event is about. */
    private static final class Tracking implements ContentHandler {

        private record Open(String path, int line, Attributes attributes) {
        }

        private final ContentHandler smooks;
        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private int depth;

        Tracking(ContentHandler smooks) {
            this.smooks = smooks;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            smooks.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            depth++;
            Open parent = open.peek();
            String path = depth == 1 ? "" : parent.path().isEmpty() ? localName : parent.path() + '/' + localName;
            Open element = new Open(path, locator == null ? 0 : locator.getLineNumber(),
                    attributes.getLength() == 0 ? null : new AttributesImpl(attributes));
            open.push(element);
            SegmentCursor.atXmlElement(element.path().isEmpty() ? localName : element.path(), element.line(),
                    element.attributes());
            smooks.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            Open element = open.pop();
            depth--;
            SegmentCursor.atXmlElement(element.path().isEmpty() ? localName : element.path(), element.line(),
                    element.attributes());
            smooks.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            smooks.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            smooks.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startDocument() throws SAXException {
            smooks.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            smooks.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            smooks.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            smooks.endPrefixMapping(prefix);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            smooks.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            smooks.skippedEntity(name);
        }
    }

    @Override
    public boolean getFeature(String name) {
        return switch (name) {
            case NAMESPACE_PREFIXES -> namespacePrefixes;
            case XMLNS_URIS -> xmlnsUris;
            default -> false;
        };
    }

    /** Smooks asks for prefixes and xmlns URIs; they are passed to the parser. Everything else is fixed. */
    @Override
    public void setFeature(String name, boolean value) {
        if (NAMESPACE_PREFIXES.equals(name)) {
            namespacePrefixes = value;
        } else if (XMLNS_URIS.equals(name)) {
            xmlnsUris = value;
        }
    }

    @Override
    public EntityResolver getEntityResolver() {
        return REFUSE_ENTITIES;
    }
}
