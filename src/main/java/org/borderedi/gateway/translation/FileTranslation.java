package org.borderedi.gateway.translation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.FormatDetector;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.translation.xml.XmlFilingTranslator;

/**
 * Translates every message of one file, whatever its format: the syntax layer reads and checks EDI and Cargo-IMP
 * message by message and checked messages are mapped in small batches of one type as they are read (memory holds a
 * batch, never the file);
 * a Cargo-XML document is one message, mapped by Smooks as it streams; a filing in the gateway's own XML is the
 * canonical form already and is only read and checked against its schema.
 */
public final class FileTranslation {

    private final SyntaxCheck check;
    private final MappingCatalog catalog;
    private final GatewayXmlFilings gatewayXml;
    private final XmlFilingTranslator cargoXml;

    public FileTranslation(SyntaxCheck check, MappingCatalog catalog, CanonicalXml canonicalXml) {
        this.check = check;
        this.catalog = catalog;
        this.gatewayXml = new GatewayXmlFilings(canonicalXml);
        this.cargoXml = new XmlFilingTranslator(catalog);
    }

    /**
     * Reads the whole file.
     *
     * @param messages  receives each message, translated or with the reason it is not
     * @param listening also told everything the syntax layer reports (findings, acknowledgment writers)
     * @return what the file is
     */
    public Detection translate(InputStream file, ValidationProfile profile, Consumer<TranslatedMessage> messages,
            SyntaxEvents listening) throws IOException {
        BufferedInputStream buffered = file instanceof BufferedInputStream already ? already
                : new BufferedInputStream(file, 64 * 1024);
        Detection detection = FormatDetector.detect(buffered);
        Syntax syntax = detection.syntax();
        if (syntax == Syntax.GATEWAY_XML || syntax == Syntax.CARGO_XML) {
            TranslatedMessage filing = syntax == Syntax.GATEWAY_XML ? gatewayXml.read(buffered) : cargoXml.translate(buffered);
            listening.messageChecked(filing.outcome());
            messages.accept(filing);
            return detection;
        }
        if (!check.checks(syntax)) {
            listening.unreadable(0, syntax == Syntax.UNRECOGNISED ? detection.description()
                    : detection.description() + ": not translated by this gateway yet");
            return detection;
        }
        MessageTranslator translator = MessageTranslator.batching(catalog, syntax, messages);
        Detection checked = check.check(buffered, profile, SyntaxEvents.all(listening, translator));
        translator.finish(); // what the last batch holds, before translate returns
        return checked;
    }
}
