package org.borderedi.gateway.runtime;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.edi.FindingsReport;
import org.borderedi.gateway.edi.InterchangeHistory;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.canonical.CanonicalJson;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.TranslatedMessage;

/**
 * {@code translate FILE [--format xml|json] [--partner ID]}: prints the canonical form of every message in a file,
 * as the gateway would forward it to targeting; syntax findings, messages that could not be translated and business
 * rule findings go to standard error. XML output is one document per message, one after the other; JSON output is
 * an array with one filing per message.
 *
 * <p>Exit code 0 when every message is translated with no error, 1 when a message is rejected, untranslated or breaks
 * a business rule, 2 when the file is unreadable.
 */
final class TranslateCommand {

    private TranslateCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) throws IOException, CommandLine.Unusable {
        Path file = Path.of(line.arguments().get(0));
        String format = line.option("format").orElse("xml");
        if (!format.equals("xml") && !format.equals("json")) {
            throw new CommandLine.Unusable("--format is xml or json, not " + format);
        }
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file);
            return 2;
        }
        try (CommandSettings command = new CommandSettings(line.config())) {
            GatewaySettings settings = command.settings();
            Optional<Partner> partner = line.option("partner").map(id -> PartnerRegistrySource.load(settings.partnersFile())
                    .byId(id).orElseThrow(() -> new IllegalArgumentException("no partner '" + id + "' in the registry")));
            ValidationProfile profile = partner
                    .map(p -> ValidationProfile.forPartner(p, settings.identity(), InterchangeHistory.NONE))
                    .orElseGet(() -> ValidationProfile.standardOnly(settings.identity()));
            ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
            CanonicalXml xml = new CanonicalXml(folders);
            FileTranslation translation = new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), xml);
            BusinessValidation rules = BusinessValidation.standard(Clock.systemUTC());
            Output output = format.equals("json") ? new JsonOutput(out, new CanonicalJson()) : new XmlOutput(out, xml);
            FindingsReport report = new FindingsReport(err);
            boolean[] failed = {false};
            try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                translation.translate(in, profile, message -> {
                    if (!message.translated()) {
                        failed[0] = true;
                        err.println("  not translated: " + message.problem());
                        return;
                    }
                    List<BusinessFinding> findings = rules.validate(message.filing());
                    findings.forEach(finding -> err.println("  " + describe(finding)));
                    failed[0] |= findings.stream().anyMatch(BusinessFinding::isError);
                    output.write(message);
                }, report);
            }
            output.finish();
            return switch (report.worst()) {
                case UNREADABLE -> 2;
                case ACCEPTED -> failed[0] ? 1 : 0;
                case ACCEPTED_WITH_ERRORS, REJECTED -> 1;
            };
        }
    }

    /** "ERROR MISSING_CNE_ADDR in 1.2 (HAWB SEL2222) parties[CONSIGNEE].address at CNE@12: house 1.2 has no ..." */
    static String describe(BusinessFinding finding) {
        StringBuilder line = new StringBuilder().append(finding.severity()).append(' ').append(finding.code());
        if (finding.consignmentId() != null) {
            line.append(" in ").append(finding.consignmentId());
            if (finding.bill() != null) {
                line.append(" (").append(finding.bill().scheme()).append(' ').append(finding.bill().value()).append(')');
            }
        }
        if (finding.field() != null) {
            line.append(' ').append(finding.field());
        }
        if (finding.source() != null) {
            line.append(" at ").append(finding.source());
        }
        return line.append(": ").append(finding.text()).toString();
    }

    /** Where the canonical forms go. */
    private interface Output {
        void write(TranslatedMessage message);

        void finish();
    }

    private record XmlOutput(PrintStream out, CanonicalXml xml) implements Output {
        @Override
        public void write(TranslatedMessage message) {
            out.println(xml.toXml(message.filing()));
        }

        @Override
        public void finish() {
            out.flush();
        }
    }

    private static final class JsonOutput implements Output {
        private final PrintStream out;
        private final CanonicalJson json;
        private int written;

        JsonOutput(PrintStream out, CanonicalJson json) {
            this.out = out;
            this.json = json;
        }

        @Override
        public void write(TranslatedMessage message) {
            out.print(written++ == 0 ? "[\n" : ",\n");
            out.print(json.toJson(message.filing()));
        }

        @Override
        public void finish() {
            out.print(written == 0 ? "[]\n" : "\n]\n");
            out.flush();
        }
    }
}
