package org.borderedi.gateway.acks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.rules.BusinessFinding;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Cargo-XML is answered with an XFNM, the gateway's own XML with a filing response; both read back safely. */
class XmlResponsesTest {

    private static final Path RESPONSE_XSD = Path.of("mappings/canonical/filing-response.xsd");

    private final BusinessAcknowledgments acks =
            new BusinessAcknowledgments(ReceivedFiles.NO_IDENTITIES, new InMemoryControlNumbers(), ReceivedFiles.CLOCK);

    @Test
    void a_house_waybill_missing_its_consignee_address_gets_an_xfnm_with_the_rule_code_as_reason() throws Exception {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("cargo-xml/xfzb-missing-consignee-address.xml"), null).get(0);

        assertEquals(BusinessAckKind.XFNM, ack.kind());
        assertEquals("XFNM1", ack.controlNumber());
        Document xfnm = HardenedXml.parse(ack.text());
        Element root = xfnm.getDocumentElement();
        assertEquals(CargoXmlResponse.RSM, root.getNamespaceURI());
        assertEquals("Response", root.getLocalName());
        assertEquals("XFNM1", text(xfnm, "ID", 0));
        assertEquals("NLF0001235-999-20261124-01", text(xfnm, "ID", 1));
        NodeList statuses = xfnm.getElementsByTagNameNS(CargoXmlResponse.RSM, "ResponseStatus");
        assertEquals(2, statuses.getLength());
        assertEquals(List.of("REJECTED", "MISSING_CNE_ADDR"), List.of(text(xfnm, "ReasonCode", 0), text(xfnm, "ReasonCode", 1)));
        assertEquals("house 1 (HAWB NLF0001235) has no consignee address", text(xfnm, "Reason", 1));
        assertEquals("MasterConsignment/IncludedHouseConsignment/ConsigneeParty/Name@56", text(xfnm, "Pointer", 0));
    }

    @Test
    void an_accepted_filing_in_the_gateways_xml_gets_a_response_the_xsd_accepts() throws Exception {
        BusinessAck ack = acks.answer(ReceivedFiles.outcome("x12/309-ocean-demo.canonical.xml"), null).get(0);

        assertEquals(BusinessAckKind.GATEWAY_RESPONSE, ack.kind());
        assertEquals("<?xml version='1.0' encoding='UTF-8'?><filingResponse xmlns=\"urn:borderedi:canonical:1\" id=\"R1\" "
                + "issued=\"2026-11-22T15:30:00Z\"><message ref=\"0001\" status=\"accepted\"/></filingResponse>", ack.text());
        HardenedXml.validate(ack.text(), RESPONSE_XSD);
    }

    @Test
    void a_rejected_filing_gets_its_errors_with_field_source_bill_and_value_escaped_and_valid() throws Exception {
        BusinessOutcome received = ReceivedFiles.outcome("x12/309-ocean-demo.canonical.xml");
        MessageVerdict filing = received.messages().get(0);
        BusinessFinding finding = new BusinessFinding("INVALID_CONTAINER_NUMBER", Severity.ERROR,
                "container \"A<B&C\" is not ISO 6346", "1", Identifier.of("BILL_OF_LADING", "0000123456"), "equipment[1].id",
                new Source("Equipment/Id", 40, null), "A<B&C\u0001");
        BusinessOutcome rejected = new BusinessOutcome(received.syntax(), null,
                List.of(new MessageVerdict(filing.message(), filing.filing(), null, List.of(finding))));

        BusinessAck ack = acks.answer(rejected, null).get(0);

        HardenedXml.validate(ack.text(), RESPONSE_XSD);
        Document response = HardenedXml.parse(ack.text());
        Element error = (Element) response.getElementsByTagNameNS(GatewayXmlResponse.NAMESPACE, "error").item(0);
        assertEquals("rejected", ((Element) error.getParentNode()).getAttribute("status"));
        assertEquals("INVALID_CONTAINER_NUMBER", error.getAttribute("code"));
        assertEquals("equipment[1].id", error.getAttribute("field"));
        assertEquals("Equipment/Id@40", error.getAttribute("source"));
        assertEquals("0000123456", error.getAttribute("bill"));
        assertEquals("A<B&C ", error.getAttribute("value"));
        assertEquals("container \"A<B&C\" is not ISO 6346", error.getTextContent());
    }

    @Test
    void a_cargo_xml_document_the_gateway_could_not_translate_is_rejected_as_not_translated() throws Exception {
        MessageOutcome unread = new MessageOutcome(null, null, "XFWB", "X-1", "3.00", null, Verdict.ACCEPTED, List.of());
        BusinessOutcome outcome = new BusinessOutcome(org.borderedi.gateway.edi.Syntax.CARGO_XML, null,
                List.of(new MessageVerdict(unread, null, "no mapping for XFWB 3.00", List.of())));

        Document xfnm = HardenedXml.parse(acks.answer(outcome, null).get(0).text());

        assertEquals("NOT_TRANSLATED", text(xfnm, "ReasonCode", 1));
        assertEquals("no mapping for XFWB 3.00", text(xfnm, "Reason", 1));
    }

    private static String text(Document document, String name, int index) {
        return document.getElementsByTagNameNS(CargoXmlResponse.RAM, name).item(index).getTextContent();
    }
}
