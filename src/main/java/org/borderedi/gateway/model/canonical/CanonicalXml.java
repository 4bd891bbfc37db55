package org.borderedi.gateway.model.canonical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.validation.Schema;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * Canonical XML of a filing (namespace {@code urn:borderedi:canonical:1}, schema mappings/canonical/filing.xsd):
 * what targeting and back ends read, and the gateway's own XML filing format for senders that do not speak EDI.
 * Thread-safe; create one and share it, since loading the schema is the costly part.
 */
public final class CanonicalXml {

    /** The canonical XML namespace. */
    public static final String NAMESPACE = CanonicalSchema.NAMESPACE;

    private final CanonicalSchema schema;

    /** Canonical XML with the schema from the working directory's mappings/, else from the jar. */
    public CanonicalXml() {
        this(ProjectFolders.ofWorkingDirectory());
    }

    public CanonicalXml(ProjectFolders folders) {
        this.schema = new CanonicalSchema(folders);
    }

    /**
     * Writes the filing as UTF-8, indented; the stream is left open.
     *
     * @throws IllegalArgumentException for a value XML cannot carry (a control character, a line break in an
     *                                  attribute, an identifier without a scheme)
     */
    public void write(Filing filing, OutputStream out) throws IOException {
        try {
            write(filing, factory().createXMLStreamWriter(out, "UTF-8"));
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write canonical XML: " + e.getMessage(), e);
        }
    }

    /**
     * The filing as a canonical XML document. Written as characters: through a byte stream in memory the StAX writer
     * would hand each byte on with a call and a lock of its own, five times the time of the writing itself.
     */
    public String toXml(Filing filing) {
        StringWriter text = new StringWriter(4096);
        try {
            write(filing, factory().createXMLStreamWriter(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing to memory failed: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The JDK's own StAX writer, whatever StAX implementation (Woodstox) the classpath brings; one per document. */
    private static XMLOutputFactory factory() {
        return XMLOutputFactory.newDefaultFactory();
    }

    private static void write(Filing filing, XMLStreamWriter writer) throws XMLStreamException {
        new XmlFilingWriter(new IndentedXmlOutput(writer, NAMESPACE)).write(filing);
        writer.close();
    }

    /**
     * Reads a canonical XML document, validated against the schema first.
     *
     * @throws CanonicalFormatException when the document is not well-formed, has a DOCTYPE, or breaks the schema;
     *                                  the message gives line and column
     */
    public Filing read(InputStream in) throws IOException {
        return new XmlFilingReader().read(schema.parse(in).getDocumentElement());
    }

    /** The canonical schema, for callers that validate documents of their own against it. */
    public Schema schema() {
        return schema.schema();
    }
}
