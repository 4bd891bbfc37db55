package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.FindingsReport;
import org.borderedi.gateway.edi.FormatDetector;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InterchangeHistory;
import org.borderedi.gateway.edi.SyntaxAcknowledgers;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.Partner;

/**
 * {@code validate FILE [--partner ID]}: checks a file as the gateway would and prints what it found and the
 * acknowledgments it would send. Without a partner only the standard is checked (no identities, default
 * acknowledgment preferences); with one, the partner's registry entry applies. Nothing is recorded: duplicates are
 * not detected and control numbers start at 1.
 *
 * <p>Exit code 0 when everything is accepted, 1 when something is accepted with errors or rejected, 2 when the file
 * is unreadable.
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws IOException {
        Path file = Path.of(line.arguments().get(0));
        if (!Files.isReadable(file)) {
            out.println("Cannot read " + file);
            return 2;
        }
        try (CommandSettings command = new CommandSettings(line.config())) {
            GatewaySettings settings = command.settings();
            Optional<Partner> partner = line.option("partner").map(id -> PartnerRegistrySource.load(settings.partnersFile())
                    .byId(id).orElseThrow(() -> new IllegalArgumentException("no partner '" + id + "' in the registry")));
            ValidationProfile profile = partner
                    .map(p -> ValidationProfile.forPartner(p, settings.identity(), InterchangeHistory.NONE))
                    .orElseGet(() -> ValidationProfile.standardOnly(settings.identity()));
            CollectedAcks acks = new CollectedAcks();
            InMemoryControlNumbers numbers = new InMemoryControlNumbers();
            FindingsReport report = new FindingsReport(out);
            try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                Detection detection = FormatDetector.detect(in);
                out.println("File " + file + ": " + detection.description());
                SyntaxEvents events = SyntaxAcknowledgers.forSyntax(detection.syntax(), profile, numbers, acks)
                        .map(writer -> SyntaxEvents.all(report, writer))
                        .orElse(report);
                SyntaxChecks.standard().check(in, profile, events);
            }
            for (CollectedAcks.Ack ack : acks.acks()) {
                out.println();
                out.println("Acknowledgment " + ack.kind() + " for interchange " + ack.acknowledgedInterchange() + ":");
                out.print(ack.text());
                if (!ack.text().endsWith("\n")) {
                    out.println();
                }
            }
            return switch (report.worst()) {
                case ACCEPTED -> 0;
                case ACCEPTED_WITH_ERRORS, REJECTED -> 1;
                case UNREADABLE -> 2;
            };
        }
    }
}
