package org.borderedi.gateway.translation.cargoimp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.TranslatedMessage;

/** Translates Cargo-IMP sample files the way the gateway does, and judges filings as the golden files record it. */
final class CargoImpTranslations {

    static final Path SAMPLES = Path.of("edi-samples", "cargo-imp");
    static final CanonicalXml XML = new CanonicalXml();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static FileTranslation translation;

    private CargoImpTranslations() {
    }

    /** Every message of the file, translated or with the reason it is not. */
    static List<TranslatedMessage> translate(Path file) {
        List<TranslatedMessage> messages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            translation().translate(in, ValidationProfile.standardOnly(new GatewayIdentity(List.of(), List.of())),
                    messages::add, new SyntaxEvents() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /** The single filing of a sample with one message. */
    static Filing filing(String sample) {
        List<TranslatedMessage> messages = translate(SAMPLES.resolve(sample));
        if (messages.size() != 1 || !messages.get(0).translated()) {
            throw new AssertionError(sample + " did not translate to one filing: " + messages);
        }
        return messages.get(0).filing();
    }

    /** The business findings as the golden files write them: "CODE consignmentId field", one per line. */
    static List<String> findings(Filing filing) {
        return BusinessValidation.standard(CLOCK).validate(filing).stream().map(CargoImpTranslations::line).toList();
    }

    private static String line(BusinessFinding finding) {
        return finding.code() + " " + (finding.consignmentId() == null ? "-" : finding.consignmentId()) + " "
                + finding.field();
    }

    private static synchronized FileTranslation translation() throws IOException {
        if (translation == null) {
            translation = new FileTranslation(SyntaxChecks.standard(),
                    MappingCatalog.load(ProjectFolders.ofWorkingDirectory()), XML);
        }
        return translation;
    }
}
