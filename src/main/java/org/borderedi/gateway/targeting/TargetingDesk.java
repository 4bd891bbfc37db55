package org.borderedi.gateway.targeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;

/**
 * The reference engine as an external targeting system would work: it reads a canonical shipment as it arrives on
 * {@code targeting.filings} and answers with decision messages for {@code targeting.decisions}, in the documented
 * decision format ({@code mappings/canonical/decision.xsd}).
 */
public final class TargetingDesk {

    private static final String NAMESPACE = "urn:borderedi:decision:1";

    private final ReferenceTargeting engine;
    private final CanonicalXml canonicalXml;
    private final XMLOutputFactory xml = XMLOutputFactory.newDefaultFactory();

    public TargetingDesk(ReferenceTargeting engine, CanonicalXml canonicalXml) {
        this.engine = engine;
        this.canonicalXml = canonicalXml;
    }

    /** The decision messages for one shipment, in order. */
    public List<String> assess(String shipmentXml) throws IOException {
        Filing shipment = canonicalXml.read(new ByteArrayInputStream(shipmentXml.getBytes(StandardCharsets.UTF_8)));
        List<String> messages = new ArrayList<>();
        for (Decision decision : engine.assess(shipment)) {
            messages.add(message(decision));
        }
        return messages;
    }

    String message(Decision decision) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = xml.createXMLStreamWriter(text);
            out.writeStartElement("", "decision", NAMESPACE);
            out.writeDefaultNamespace(NAMESPACE);
            out.writeAttribute("id", decision.decisionId());
            out.writeAttribute("agency", decision.agency());
            out.writeAttribute("kind", decision.kind().name());
            out.writeAttribute("decidedAt", decision.decidedAt().toString());
            if (decision.filingId() != null && decision.consignmentId() != null) {
                out.writeEmptyElement(NAMESPACE, "consignment");
                out.writeAttribute("filing", decision.filingId());
                out.writeAttribute("id", decision.consignmentId());
            } else {
                out.writeStartElement(NAMESPACE, "bill");
                out.writeAttribute("scheme", decision.billScheme());
                out.writeCharacters(decision.bill());
                out.writeEndElement();
            }
            if (decision.nativeCode() != null) {
                out.writeStartElement(NAMESPACE, "nativeCode");
                out.writeCharacters(decision.nativeCode());
                out.writeEndElement();
            }
            if (decision.text() != null) {
                out.writeStartElement(NAMESPACE, "text");
                out.writeCharacters(decision.text().length() > 2000 ? decision.text().substring(0, 2000) : decision.text());
                out.writeEndElement();
            }
            out.writeEndElement();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write decision " + decision.decisionId(), e);
        }
        return text.toString();
    }
}
