package org.borderedi.gateway.notices;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderedi.gateway.acks.XmlDocument;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;

/**
 * Writes the decision in the gateway's own XML ({@code mappings/canonical/status-notice.xsd}) for filers that speak no
 * EDI: a {@code <statusNotice>} with the decision's fields, its hold state, the filing and the consignment it is about.
 */
final class CanonicalStatusNotice {

    /** The canonical model's namespace, which the notice shares with the filing and the filing response. */
    static final String NAMESPACE = "urn:borderedi:canonical:1";

    private CanonicalStatusNotice() {
    }

    static String write(StatusNotice notice, String id, ZonedDateTime now) {
        Decision decision = notice.decision();
        try (XmlDocument document = new XmlDocument()) {
            XMLStreamWriter xml = document.writer();
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "statusNotice");
            xml.writeDefaultNamespace(NAMESPACE);
            document.attribute("id", id);
            document.attribute("issued", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            xml.writeStartElement(NAMESPACE, "decision");
            document.attribute("id", decision.decisionId());
            document.attribute("kind", decision.kind().name());
            document.attribute("state", notice.state().name());
            document.attribute("decidedAt", decision.decidedAt() == null ? null : decision.decidedAt().toString());
            document.element("", "agency", NAMESPACE, decision.agency());
            document.element("", "nativeCode", NAMESPACE, decision.nativeCode());
            document.element("", "text", NAMESPACE, decision.text());
            xml.writeEndElement();
            filing(document, notice.filing());
            consignment(document, notice.consignment(), NoticedBill.of(notice));
            xml.writeEndElement();
            return document.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the status notice", e);
        }
    }

    private static void filing(XmlDocument document, Filing filing) throws XMLStreamException {
        document.writer().writeStartElement(NAMESPACE, "filing");
        document.attribute("id", filing.id());
        document.attribute("standard", filing.format().standard());
        document.attribute("message", filing.format().message());
        document.attribute("version", filing.format().version());
        document.attribute("reference", filing.envelope().message());
        document.writer().writeEndElement();
    }

    private static void consignment(XmlDocument document, Consignment consignment, NoticedBill bill)
            throws XMLStreamException {
        document.writer().writeStartElement(NAMESPACE, "consignment");
        document.attribute("id", consignment.id());
        document.attribute("role", consignment.role() == null ? null : consignment.role().name());
        identifier(document, "bill", bill.number());
        if (bill.master() != null) {
            identifier(document, "master", bill.master());
        }
        document.writer().writeEndElement();
    }

    private static void identifier(XmlDocument document, String name, Identifier id) throws XMLStreamException {
        document.writer().writeStartElement(NAMESPACE, name);
        document.attribute("scheme", id.scheme());
        document.characters(id.value());
        document.writer().writeEndElement();
    }
}
