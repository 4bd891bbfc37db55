package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.borderedi.gateway.acks.HardenedXml;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.EdiIdentities;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Filers in the gateway's own XML, and JMS back ends, hear the decision as a statusNotice valid against its XSD. */
class CanonicalStatusNoticeTest {

    static final Path XSD = Path.of("mappings/canonical/status-notice.xsd");

    private final StatusNotices notices =
            new StatusNotices(FiledSamples.NO_IDENTITIES, new InMemoryControlNumbers(), FiledSamples.CLOCK);

    @Test
    void a_release_of_a_gateway_xml_filing_is_a_status_notice_with_the_decision_filing_and_consignment() throws Exception {
        Filing filed = asGatewayXml(FiledSamples.filing("cargo-xml/xfwb-general.xml"));
        StatusNotice release = new StatusNotice(FiledSamples.decision(DecisionKind.RELEASE, "Released <ok> & done"),
                HoldState.PLACED, filed, filed.consignment("1"));

        NoticeDocument notice = notices.write(release, null).orElseThrow();

        assertEquals(NoticeKind.CANONICAL_DECISION, notice.kind());
        assertEquals("N1", notice.controlNumber());
        assertEquals("<?xml version='1.0' encoding='UTF-8'?>"
                + "<statusNotice xmlns=\"urn:borderedi:canonical:1\" id=\"N1\" issued=\"2026-11-22T15:30:00Z\">"
                + "<decision id=\"D-42\" kind=\"RELEASE\" state=\"PLACED\" decidedAt=\"2026-11-22T15:05:00Z\">"
                + "<agency>CBSA</agency><nativeCode>NC7</nativeCode><text>Released &lt;ok> &amp; done</text></decision>"
                + "<filing id=\"F-9\" standard=\"GATEWAY-XML\" message=\"Filing\" version=\"1\" reference=\"999-12345675-20261119-01\"/>"
                + "<consignment id=\"1\" role=\"SIMPLE\"><bill scheme=\"AWB\">999-12345675</bill></consignment>"
                + "</statusNotice>", notice.text());
        HardenedXml.validate(notice.text(), XSD);
        Document read = HardenedXml.parse(notice.text());
        assertEquals("Released <ok> & done", XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='text']", read));
    }

    @Test
    void a_house_under_a_do_not_load_names_its_master_and_validates() throws Exception {
        Filing filed = asGatewayXml(FiledSamples.filing("cargo-imp/fhl5-three-houses.txt"));
        StatusNotice notice = new StatusNotice(FiledSamples.decision(DecisionKind.DO_NOT_LOAD, null), HoldState.IN_PLACE, filed,
                filed.consignment("1.3"));

        String text = notices.write(notice, null).orElseThrow().text();

        HardenedXml.validate(text, XSD);
        XPath xpath = XPathFactory.newInstance().newXPath();
        Document read = HardenedXml.parse(text);
        assertEquals("DXB7700103", xpath.evaluate("//*[local-name()='bill']", read));
        assertEquals("932-10473853", xpath.evaluate("//*[local-name()='master']", read));
        assertEquals("IN_PLACE", xpath.evaluate("//*[local-name()='decision']/@state", read));
    }

    @Test
    void an_agency_back_end_on_jms_gets_the_canonical_notice_whatever_it_filed_in() throws Exception {
        Partner backEnd = new Partner("cbsa-backend", "CBSA back end", PartnerKind.AGENCY_BACK_END,
                new EdiIdentities(List.of(), List.of(), List.of(), List.of()),
                new Channel.JmsQueues("cbsa", Optional.empty(), "filings.in", "filings.reply"), AckPreferences.DEFAULTS,
                CodeListMode.STRICT, java.util.Set.of());

        NoticeDocument notice = notices.write(FiledSamples.notice("x12/309-ocean-demo.edi", "1", DecisionKind.ARRIVED,
                HoldState.PLACED, null), backEnd).orElseThrow();

        assertEquals(NoticeKind.CANONICAL_DECISION, notice.kind());
        HardenedXml.validate(notice.text(), XSD);
    }

    private static Filing asGatewayXml(Filing f) {
        return new Filing("F-9", f.receivedAt(), "JMS", "portal", new SourceFormat("GATEWAY-XML", "Filing", "1"), f.envelope(),
                f.purpose(), f.purposeCode(), f.mode(), f.programmes(), f.conveyance(), f.consignments());
    }
}
