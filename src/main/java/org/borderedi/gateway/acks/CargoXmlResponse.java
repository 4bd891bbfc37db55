package org.borderedi.gateway.acks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.model.Filing;

/**
 * Writes the XFNM (Cargo-XML response message, 3.00 style) answering one XFWB, XFZB or XFFM: the message header, the
 * business header naming the answered document, and a ResponseStatus saying accepted or rejected, with a
 * ResponseStatus per error (condition Error, the rule code as reason code, the sentence, where and the bad value).
 */
final class CargoXmlResponse {

    /** The namespace of the response message. */
    static final String RSM = "iata:response:1";
    /** The IATA Cargo-XML data model 3. */
    static final String RAM = "iata:datamodel:3";

    private CargoXmlResponse() {
    }

    static String write(AnsweredMessage message, String id, String sender, ZonedDateTime now) {
        try (XmlDocument document = new XmlDocument()) {
            XMLStreamWriter xml = document.writer();
            xml.setPrefix("rsm", RSM);
            xml.setPrefix("ram", RAM);
            xml.writeStartElement("rsm", "Response", RSM);
            xml.writeNamespace("rsm", RSM);
            xml.writeNamespace("ram", RAM);
            messageHeader(document, message, id, sender, now);
            businessHeader(document, message);
            status(document, message);
            xml.writeEndElement();
            return document.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XFNM", e);
        }
    }

    private static void messageHeader(XmlDocument document, AnsweredMessage message, String id, String sender,
            ZonedDateTime now) throws XMLStreamException {
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("rsm", "MessageHeaderDocument", RSM);
        document.element("ram", "ID", RAM, id);
        document.element("ram", "Name", RAM, "Response");
        document.element("ram", "IssueDateTime", RAM, now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        document.element("ram", "PurposeCode", RAM, message.accepted() ? "Acceptance" : "Rejection");
        document.element("ram", "VersionID", RAM, "3.00");
        if (sender != null) {
            xml.writeStartElement("ram", "SenderParty", RAM);
            document.element("ram", "PrimaryID", RAM, sender);
            xml.writeEndElement();
        }
        Filing filing = message.filing();
        if (filing != null && filing.envelope().sender() != null) {
            xml.writeStartElement("ram", "RecipientParty", RAM);
            document.element("ram", "PrimaryID", RAM, filing.envelope().sender().value());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The answered document: its message id, type and version, and the bills it carried. */
    private static void businessHeader(XmlDocument document, AnsweredMessage message) throws XMLStreamException {
        MessageOutcome answered = message.message();
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("rsm", "BusinessHeaderDocument", RSM);
        document.element("ram", "ID", RAM, answered.controlNumber());
        document.element("ram", "Reference", RAM, answered.type() + " " + answered.version());
        for (AnsweredMessage.Bill bill : message.bills()) {
            xml.writeStartElement("ram", "IncludedHeaderNote", RAM);
            document.element("ram", "ContentCode", RAM, bill.number().scheme());
            document.element("ram", "Content", RAM, bill.label());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void status(XmlDocument document, AnsweredMessage message) throws XMLStreamException {
        XMLStreamWriter xml = document.writer();
        xml.writeStartElement("rsm", "ResponseStatus", RSM);
        document.element("ram", "ConditionCode", RAM, message.accepted() ? "Success" : "Error");
        document.element("ram", "ReasonCode", RAM, message.accepted() ? "ACCEPTED" : "REJECTED");
        document.element("ram", "Reason", RAM, message.accepted() ? "Accepted" : message.errors().size() + " error(s)");
        xml.writeEndElement();
        for (ReportedError error : message.errors()) {
            xml.writeStartElement("rsm", "ResponseStatus", RSM);
            document.element("ram", "ConditionCode", RAM, "Error");
            document.element("ram", "ReasonCode", RAM, error.code());
            document.element("ram", "Reason", RAM, error.text());
            document.element("ram", "BillReference", RAM, error.bill() == null ? null : error.bill().value());
            document.element("ram", "Pointer", RAM, error.source() == null ? error.field() : error.source().toString());
            document.element("ram", "Information", RAM, error.badValue());
            xml.writeEndElement();
        }
    }
}
