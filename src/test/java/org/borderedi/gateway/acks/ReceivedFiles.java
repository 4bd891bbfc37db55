package org.borderedi.gateway.acks;

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
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.ProjectTranslation;

/**
 * Real samples made into what the filing flow hands the business acknowledgments: translated with the gateway's own
 * translation, validated with the standard rule packs, one outcome per interchange (or per document).
 */
final class ReceivedFiles {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:30:00Z"), ZoneOffset.UTC);
    static final GatewayIdentity NO_IDENTITIES = new GatewayIdentity(List.of(), List.of());

    private ReceivedFiles() {
    }

    /** A file of one interchange or document: its header (null for a document) and each message's verdict. */
    static BusinessOutcome outcome(Path file) {
        BusinessValidation rules = BusinessValidation.standard(CLOCK);
        List<MessageVerdict> messages = new ArrayList<>();
        InterchangeHeader[] header = new InterchangeHeader[1];
        Detection detection;
        try (InputStream in = Files.newInputStream(file)) {
            detection = ProjectTranslation.shared().translate(in, ValidationProfile.standardOnly(NO_IDENTITIES),
                    message -> messages.add(new MessageVerdict(message.outcome(), message.filing(), message.problem(),
                            message.filing() == null ? List.of() : rules.validate(message.filing()))),
                    new SyntaxEvents() {
                        @Override
                        public void interchangeStarted(InterchangeHeader started) {
                            header[0] = started;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BusinessOutcome(detection.syntax(), header[0], messages);
    }

    static BusinessOutcome outcome(String sample) {
        Path path = sample.startsWith("acks/") ? Path.of("src/test/resources", sample) : Path.of("edi-samples", sample);
        return outcome(path);
    }
}
