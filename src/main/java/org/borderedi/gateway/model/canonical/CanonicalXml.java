package org.borderedi.gateway.model.canonical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        // the JDK's own StAX writer, whatever StAX implementation (Woodstox) the classpath brings
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            new XmlFilingWriter(new IndentedXmlOutput(writer, NAMESPACE)).write(filing);
            writer.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write canonical XML: " + e.getMessage(), e);
        }
    }

    /** The filing as a canonical XML document. */
    public String toXml(Filing filing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(filing, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
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
