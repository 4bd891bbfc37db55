package org.borderedi.gateway.model.canonical;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The canonical XML schema, mappings/canonical/filing.xsd, and the one way a document is let in: the JDK's own
 * parser with DOCTYPEs refused (so no entity, internal or external, is ever expanded) and the schema checked while
 * parsing, every problem reported with its line and column.
 */
final class CanonicalSchema {

    static final String NAMESPACE = "urn:borderedi:canonical:1";
    static final String LOCATION = "canonical/filing.xsd";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final int MAX_REPORTED = 10;

    private final Schema schema;

    CanonicalSchema(ProjectFolders folders) {
        URL url = folders.mapping(LOCATION)
                .orElseThrow(() -> new IllegalStateException("mappings/" + LOCATION + " is missing"));
        // the JDK's own factory: the Xerces that the Smooks jars bring would otherwise be picked up (STACK.md, trap 9)
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try (InputStream in = url.openStream()) {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(new StreamSource(in, url.toString()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load mappings/" + LOCATION + ": " + e.getMessage(), e);
        }
    }

    Schema schema() {
        return schema;
    }

    /** Parses and validates a canonical XML document. */
    Document parse(InputStream in) throws IOException {
        Problems problems = new Problems();
        Document document;
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(problems);
            document = builder.parse(in);
        } catch (SAXParseException e) {
            problems.add(e);
            throw problems.failure();
        } catch (SAXException e) {
            throw new CanonicalFormatException(e.getMessage(), -1, -1, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!problems.found.isEmpty()) {
            throw problems.failure();
        }
        return document;
    }

    private DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setSchema(schema);
        return factory;
    }

    /** Collects validation errors (parsing goes on after one) and stops at the first fatal one. */
    private static final class Problems implements ErrorHandler {

        private final List<SAXParseException> found = new ArrayList<>();

        void add(SAXParseException e) {
            if (found.isEmpty() || found.get(found.size() - 1) != e) {
                found.add(e);
            }
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings (such as a schema hint) do not make a document unreadable
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            add(e);
            throw e;
        }

        CanonicalFormatException failure() {
            SAXParseException first = found.get(0);
            StringBuilder message = new StringBuilder(first.getMessage());
            for (int i = 1; i < Math.min(found.size(), MAX_REPORTED); i++) {
                SAXParseException next = found.get(i);
                message.append("; line ").append(next.getLineNumber()).append(", column ")
                        .append(next.getColumnNumber()).append(": ").append(next.getMessage());
            }
            if (found.size() > MAX_REPORTED) {
                message.append("; and ").append(found.size() - MAX_REPORTED).append(" more");
            }
            return new CanonicalFormatException(message.toString(), first.getLineNumber(), first.getColumnNumber(),
                    first);
        }
    }
}
