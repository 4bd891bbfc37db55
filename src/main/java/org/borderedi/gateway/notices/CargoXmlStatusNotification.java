package org.borderedi.gateway.notices;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderedi.gateway.acks.XmlDocument;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Identifier;

/**
 * Writes the Cargo-XML customs status notification (XCSN, 3.00 style) telling a Cargo-XML filer what pre-load
 * targeting decided about one air waybill or house: message header, business header naming the filed document, and
 * the consignment with its customs status (CO, RI, RS, CD), the agency, its code and text. Written with StAX like the
 * XFNM, which escapes every value.
 */
final class CargoXmlStatusNotification {

    /** The namespace of the notification message. */
    static final String RSM = "iata:customsstatusnotification:1";
    /** The IATA Cargo-XML data model 3, as in the waybills and the XFNM. */
    static final String RAM = "iata:datamodel:3";

    private CargoXmlStatusNotification() {
    }

    static String write(StatusNotice notice, String code, String id, ZonedDateTime now) {
        try (XmlDocument document = new XmlDocument()) {
            XMLStreamWriter xml = document.writer();
            xml.setPrefix("rsm", RSM);
            xml.setPrefix("ram", RAM);
            xml.writeStartElement("rsm", "CustomsStatusNotification", RSM);
            xml.writeNamespace("rsm", RSM);
            xml.writeNamespace("ram", RAM);
            messageHeader(document, notice.filing().envelope(), id, now);
            businessHeader(document, notice);
            consignment(document, notice, code, now);
            xml.writeEndElement();
            return document.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XCSN", e);
        }
    }

    /** From the party the filer addressed (the gateway) to the filer's sender id. */
    private static void messageHeader(XmlDocument document, Envelope envelope, String id, ZonedDateTime now)
            throws XMLStreamException {
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("rsm", "MessageHeaderDocument", RSM);
        document.element("ram", "ID", RAM, id);
        document.element("ram", "Name", RAM, "Customs Status Notification");
        document.element("ram", "IssueDateTime", RAM, now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        document.element("ram", "PurposeCode", RAM, "Creation");
        document.element("ram", "VersionID", RAM, "3.00");
        party(document, "SenderParty", envelope.receiver());
        party(document, "RecipientParty", envelope.sender());
        xml.writeEndElement();
    }

    private static void party(XmlDocument document, String name, Identifier id) throws XMLStreamException {
        if (id == null || id.value() == null) {
            return;
        }
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("ram", name, RAM);
        xml.writeStartElement("ram", "PrimaryID", RAM);
        document.attribute("schemeID", id.scheme() == null || id.scheme().isEmpty() ? null : id.scheme());
        document.characters(id.value());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The decision's id, and the filed document it answers (its message id, type and version). */
    private static void businessHeader(XmlDocument document, StatusNotice notice) throws XMLStreamException {
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("rsm", "BusinessHeaderDocument", RSM);
        document.element("ram", "ID", RAM, notice.decision().decisionId());
        document.element("ram", "Reference", RAM, notice.filing().envelope().message());
        document.element("ram", "ReferenceTypeCode", RAM,
                notice.filing().format().message() + " " + notice.filing().format().version());
        xml.writeEndElement();
    }

    /** The master's air waybill, the house when the bill is one, and the customs status. */
    private static void consignment(XmlDocument document, StatusNotice notice, String code, ZonedDateTime now)
            throws XMLStreamException {
        XMLStreamWriter xml = document.writer();
        NoticedBill bill = NoticedBill.of(notice);
        xml.writeStartElement("rsm", "MasterConsignment", RSM);
        transportContract(document, bill.isHouse() ? bill.master() : bill.number());
        if (bill.isHouse()) {
            xml.writeStartElement("ram", "IncludedHouseConsignment", RAM);
            transportContract(document, bill.number());
            xml.writeEndElement();
        }
        ZonedDateTime decided = notice.decision().decidedAt() == null ? now : notice.decision().decidedAt().atZone(now.getZone());
        xml.writeStartElement("ram", "AssociatedCustomsStatus", RAM);
        document.element("ram", "StatusCode", RAM, code);
        document.element("ram", "StateCode", RAM, notice.state().name());
        document.element("ram", "StatusDateTime", RAM, decided.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        document.element("ram", "AuthorityName", RAM, notice.agency());
        document.element("ram", "ReasonCode", RAM, notice.decision().nativeCode());
        document.element("ram", "Reason", RAM, notice.sentence());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void transportContract(XmlDocument document, Identifier number) throws XMLStreamException {
        document.writer().writeStartElement("ram", "TransportContractDocument", RAM);
        document.element("ram", "ID", RAM, number.value());
        document.writer().writeEndElement();
    }
}
