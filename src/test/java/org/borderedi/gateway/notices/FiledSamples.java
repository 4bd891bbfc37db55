package org.borderedi.gateway.notices;

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
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.translation.ProjectTranslation;

/** Real samples translated with the gateway's own translation, as the filing flow journals them. */
final class FiledSamples {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:30:00Z"), ZoneOffset.UTC);
    static final GatewayIdentity NO_IDENTITIES = new GatewayIdentity(List.of(), List.of());

    private FiledSamples() {
    }

    /** The first filing of a sample under edi-samples ("x12/309-ocean-demo.edi"), with the gateway's filing id. */
    static Filing filing(String sample) {
        List<Filing> filings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("edi-samples", sample))) {
            ProjectTranslation.shared().translate(in, ValidationProfile.standardOnly(NO_IDENTITIES), message -> {
                if (message.filing() == null) {
                    throw new AssertionError(sample + " is not translated: " + message.problem());
                }
                filings.add(message.filing());
            }, new SyntaxEvents() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filings.get(0);
    }

    /** A decision of this kind about the consignment, taken at 15:05 UTC on the clock's day. */
    static Decision decision(DecisionKind kind, String text) {
        return new Decision("D-42", "F-1", "1", null, null, "CBSA", kind, "NC7", text, Instant.parse("2026-11-22T15:05:00Z"));
    }

    /** The notice of a decision about a consignment of a sample. */
    static StatusNotice notice(String sample, String consignmentId, DecisionKind kind, HoldState state, String text) {
        Filing filing = filing(sample);
        return new StatusNotice(decision(kind, text), state, filing, filing.consignment(consignmentId));
    }
}
