package org.borderedi.gateway.translation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalFormatException;
import org.borderedi.gateway.model.canonical.CanonicalXml;

/**
 * Filings in the gateway's own XML format (the canonical XML, for back ends that do not speak EDI): read, checked
 * against filing.xsd, and reported like any other message, as one message of type "Filing" whose reference is the
 * filing's own message reference.
 */
final class GatewayXmlFilings {

    static final String MESSAGE_TYPE = "Filing";

    private final CanonicalXml xml;

    GatewayXmlFilings(CanonicalXml xml) {
        this.xml = xml;
    }

    TranslatedMessage read(InputStream document) throws IOException {
        try {
            Filing filing = xml.read(document);
            MessageOutcome outcome = new MessageOutcome(null, null, MESSAGE_TYPE, filing.envelope().message(), "1", null,
                    Verdict.ACCEPTED, List.of());
            return new TranslatedMessage(outcome, filing, null);
        } catch (CanonicalFormatException e) {
            Position where = new Position(null, null, null, Math.max(e.line(), 0), null, null, Math.max(e.column(), 0), 0, 0);
            Finding finding = Finding.error(FindingCode.INVALID_INTERCHANGE_CONTENT, where,
                    "the XML filing is not valid against filing.xsd: " + e.getMessage());
            MessageOutcome outcome = new MessageOutcome(null, null, MESSAGE_TYPE, null, "1", null, Verdict.REJECTED,
                    List.of(finding));
            return new TranslatedMessage(outcome, null, e.getMessage());
        }
    }
}
