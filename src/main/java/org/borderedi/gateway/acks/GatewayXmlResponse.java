package org.borderedi.gateway.acks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the response to filings in the gateway's own XML ({@code mappings/canonical/filing-response.xsd}): a
 * {@code <filingResponse>} with a {@code <message>} per filing, accepted or rejected, and an {@code <error>} per error.
 */
final class GatewayXmlResponse {

    /** The canonical model's namespace, which the response shares. */
    static final String NAMESPACE = "urn:borderedi:canonical:1";

    private GatewayXmlResponse() {
    }

    static String write(List<AnsweredMessage> messages, String id, ZonedDateTime now) {
        try (XmlDocument document = new XmlDocument()) {
            XMLStreamWriter xml = document.writer();
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "filingResponse");
            xml.writeDefaultNamespace(NAMESPACE);
            document.attribute("id", id);
            document.attribute("issued", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (AnsweredMessage message : messages) {
                xml.writeStartElement(NAMESPACE, "message");
                document.attribute("ref", message.message().controlNumber());
                document.attribute("status", message.accepted() ? "accepted" : "rejected");
                for (ReportedError error : message.errors()) {
                    xml.writeStartElement(NAMESPACE, "error");
                    document.attribute("code", error.code());
                    document.attribute("field", error.field());
                    document.attribute("source", error.source() == null ? null : error.source().toString());
                    document.attribute("bill", error.bill() == null ? null : error.bill().value());
                    document.attribute("value", error.badValue());
                    document.characters(error.text());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return document.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the filing response", e);
        }
    }
}
