package org.borderedi.gateway.translation.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MappingKey;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.xml.sax.SAXParseException;

/**
 * Translates one IATA Cargo-XML document (XFWB, XFZB, XFFM), the XML counterpart of the syntax layer and
 * {@link org.borderedi.gateway.translation.MessageTranslator} together: it reads the root element and message header
 * to pick the catalog's mapping, then maps the whole document in one Smooks execution streaming from the bytes. A
 * document that is not well-formed, has a DOCTYPE, or is no message the gateway knows is rejected with a finding that
 * says where.
 */
public final class XmlFilingTranslator {

    /** The messages by root element: namespace, then local name. */
    private static final Map<String, Map<String, String>> MESSAGES = Map.of(
            "iata:waybill:1", Map.of("Waybill", "XFWB"),
            "iata:housewaybill:1", Map.of("HouseWaybill", "XFZB"),
            "iata:flightmanifest:1", Map.of("FlightManifest", "XFFM"));

    private final MappingCatalog catalog;

    public XmlFilingTranslator(MappingCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Translates a document; the stream is read (to its end when the document is mapped) and may be closed.
     *
     * @return the outcome (type, MessageHeaderDocument/ID as control number, version, verdict and findings) and the
     *         filing, or no filing and the reason
     */
    public TranslatedMessage translate(InputStream document) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(document, 16 * 1024);
        buffered.mark(MessageHeader.LIMIT + 1);
        MessageHeader header;
        try {
            header = MessageHeader.read(buffered);
        } catch (MessageHeader.Unreadable e) {
            return rejected(null, null, null, FindingCode.INVALID_INTERCHANGE_CONTENT, e.line(), e.column(),
                    unreadable(e.getMessage()));
        }
        buffered.reset();

        String type = MESSAGES.getOrDefault(header.rootNamespace(), Map.of()).get(header.rootName());
        if (type == null) {
            return rejected(null, header.id(), header.version(), FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, 0, 0,
                    "the root element " + rootName(header) + " is not a Cargo-XML message this gateway reads"
                            + " (Waybill in iata:waybill:1, HouseWaybill in iata:housewaybill:1, FlightManifest in"
                            + " iata:flightmanifest:1)");
        }
        if (header.version() == null) {
            return rejected(type, header.id(), null, FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, 0, 0,
                    "the " + type + " has no MessageHeaderDocument/VersionID, so its version is not known");
        }
        Optional<MappingCatalog.Entry> entry = catalog.find(new MappingKey(Syntax.CARGO_XML, type, header.version()));
        if (entry.isEmpty()) {
            return rejected(type, header.id(), header.version(), FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, 0, 0,
                    type + " version " + header.version() + " is not supported");
        }

        MessageOutcome accepted = new MessageOutcome(null, null, type, header.id(), header.version(), null,
                Verdict.ACCEPTED, List.of());
        try {
            Filing filing = entry.get().mapping().mapDocument(buffered).build(entry.get().format(),
                    new Envelope(null, null, header.id(), header.sender(), header.recipient(), false),
                    entry.get().defaultMode());
            return new TranslatedMessage(accepted, filing, null);
        } catch (MappingException e) {
            if (e.getCause() instanceof SAXParseException parse) {
                return rejected(type, header.id(), header.version(), FindingCode.INVALID_INTERCHANGE_CONTENT,
                        parse.getLineNumber(), parse.getColumnNumber(), unreadable(parse.getMessage()));
            }
            return new TranslatedMessage(accepted, null, "the message could not be mapped: " + e.getMessage());
        }
    }

    private static String unreadable(String reason) {
        String why = reason == null ? "" : reason;
        return why.contains("DOCTYPE")
                ? "the document has a DOCTYPE, which is not accepted (no DTD or entity is ever read): " + why
                : "the document is not well-formed XML: " + why;
    }

    private static String rootName(MessageHeader header) {
        String name = header.rootName() == null ? "(none)" : header.rootName();
        return header.rootNamespace() == null || header.rootNamespace().isEmpty() ? name + " in no namespace"
                : name + " in " + header.rootNamespace();
    }

    /**
     * A rejected document: one finding, its position the line (as segment position) and column (as element position)
     * where the parser stopped, when it stopped.
     */
    private static TranslatedMessage rejected(String type, String id, String version, FindingCode code, int line,
            int column, String text) {
        String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
        Position position = new Position(null, null, id, Math.max(line, 0), null, null, Math.max(column, 0), 0, 0);
        Finding finding = Finding.error(code, position, where + text);
        MessageOutcome outcome = new MessageOutcome(null, null, type, id, version, null, Verdict.REJECTED,
                List.of(finding));
        return new TranslatedMessage(outcome, null, where + text);
    }
}
