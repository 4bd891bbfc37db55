package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.borderedi.gateway.acks.HardenedXml;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A Cargo-XML filer hears pre-load targeting in an XCSN carrying CO, RI, RS or CD for its waybill. */
class CargoXmlStatusNotificationTest {

    private final StatusNotices notices =
            new StatusNotices(FiledSamples.NO_IDENTITIES, new InMemoryControlNumbers(), FiledSamples.CLOCK);

    @Test
    void a_request_for_information_on_an_xfwb_is_an_xcsn_with_RI_to_the_filer_sender() throws Exception {
        NoticeDocument notice = notices.write(FiledSamples.notice("cargo-xml/xfwb-general.xml", "1",
                DecisionKind.REQUEST_FOR_INFORMATION, HoldState.PLACED, "Provide <full> consignee address & phone"), null)
                .orElseThrow();

        assertEquals(NoticeKind.XCSN, notice.kind());
        assertEquals("XCSN1", notice.controlNumber());
        assertEquals("xml", notice.fileExtension());
        assertEquals("<?xml version='1.0' encoding='UTF-8'?>"
                + "<rsm:CustomsStatusNotification xmlns:rsm=\"iata:customsstatusnotification:1\" xmlns:ram=\"iata:datamodel:3\">"
                + "<rsm:MessageHeaderDocument><ram:ID>XCSN1</ram:ID><ram:Name>Customs Status Notification</ram:Name>"
                + "<ram:IssueDateTime>2026-11-22T15:30:00</ram:IssueDateTime><ram:PurposeCode>Creation</ram:PurposeCode>"
                + "<ram:VersionID>3.00</ram:VersionID>"
                + "<ram:SenderParty><ram:PrimaryID schemeID=\"C\">BORDERGW</ram:PrimaryID></ram:SenderParty>"
                + "<ram:RecipientParty><ram:PrimaryID schemeID=\"C\">NORDLYSFRT</ram:PrimaryID></ram:RecipientParty>"
                + "</rsm:MessageHeaderDocument>"
                + "<rsm:BusinessHeaderDocument><ram:ID>D-42</ram:ID><ram:Reference>999-12345675-20261119-01</ram:Reference>"
                + "<ram:ReferenceTypeCode>XFWB 3.00</ram:ReferenceTypeCode></rsm:BusinessHeaderDocument>"
                + "<rsm:MasterConsignment><ram:TransportContractDocument><ram:ID>999-12345675</ram:ID></ram:TransportContractDocument>"
                + "<ram:AssociatedCustomsStatus><ram:StatusCode>RI</ram:StatusCode><ram:StateCode>PLACED</ram:StateCode>"
                + "<ram:StatusDateTime>2026-11-22T15:05:00</ram:StatusDateTime><ram:AuthorityName>CBSA</ram:AuthorityName>"
                + "<ram:ReasonCode>NC7</ram:ReasonCode><ram:Reason>Provide &lt;full> consignee address &amp; phone</ram:Reason>"
                + "</ram:AssociatedCustomsStatus></rsm:MasterConsignment></rsm:CustomsStatusNotification>", notice.text());

        Document read = HardenedXml.parse(notice.text());
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("RI", xpath.evaluate("//*[local-name()='StatusCode']", read));
        assertEquals("Provide <full> consignee address & phone", xpath.evaluate("//*[local-name()='Reason']", read));
        assertEquals("iata:customsstatusnotification:1", read.getDocumentElement().getNamespaceURI());
    }

    @Test
    void a_do_not_load_still_in_place_is_still_CD_and_its_removal_CO() throws Exception {
        String inPlace = notices.write(FiledSamples.notice("cargo-xml/xfwb-general.xml", "1", DecisionKind.DO_NOT_LOAD,
                HoldState.IN_PLACE, null), null).orElseThrow().text();
        String removed = notices.write(FiledSamples.notice("cargo-xml/xfwb-general.xml", "1", DecisionKind.DO_NOT_LOAD_REMOVED,
                HoldState.RESOLVED, null), null).orElseThrow().text();

        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("CD", xpath.evaluate("//*[local-name()='StatusCode']", HardenedXml.parse(inPlace)));
        assertEquals("IN_PLACE", xpath.evaluate("//*[local-name()='StateCode']", HardenedXml.parse(inPlace)));
        assertEquals("DO NOT LOAD STILL IN PLACE", xpath.evaluate("//*[local-name()='Reason']", HardenedXml.parse(inPlace)));
        assertEquals("CO", xpath.evaluate("//*[local-name()='StatusCode']", HardenedXml.parse(removed)));
        assertTrue(removed.contains("<ram:ID>XCSN2</ram:ID>"), removed);
    }

    @Test
    void characters_xml_cannot_carry_are_replaced_and_the_document_still_reads() throws Exception {
        String text = notices.write(FiledSamples.notice("cargo-xml/xfwb-general.xml", "1", DecisionKind.REQUEST_FOR_SCREENING,
                HoldState.PLACED, "screen\u0000now ]]> <!DOCTYPE x>"), null).orElseThrow().text();

        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("RS", xpath.evaluate("//*[local-name()='StatusCode']", HardenedXml.parse(text)));
        assertEquals("screen now ]]> <!DOCTYPE x>", xpath.evaluate("//*[local-name()='Reason']", HardenedXml.parse(text)));
    }
}
