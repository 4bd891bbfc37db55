package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderedi.gateway.bench.SyntheticInterchanges;
import org.borderedi.gateway.bench.TranslationBenchmark;
import org.borderedi.gateway.bench.ValidationBenchmark;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.MappingCatalog;

/**
 * {@code bench validate|translate [--size-mib 100] [--messages-per-interchange 50000]}: generates a file of valid X12
 * 309 interchanges, validates (or translates to canonical XML) it once to warm up and once measured, and prints MB/s,
 * messages/s and the heap used. Run it with a small heap ({@code java -Xmx256m -jar ...}) to see that memory does not
 * grow with the file.
 */
final class BenchCommand {

    private static final long MIB = 1024 * 1024;

    private BenchCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws IOException {
        String what = line.arguments().isEmpty() ? "" : line.arguments().get(0);
        if (line.arguments().size() != 1 || !what.equals("validate") && !what.equals("translate")) {
            throw new IllegalArgumentException("bench measures 'validate' or 'translate'");
        }
        long sizeMib = Long.parseLong(line.option("size-mib").orElse("100"));
        int perInterchange = Integer.parseInt(line.option("messages-per-interchange").orElse("50000"));
        try (CommandSettings command = new CommandSettings(line.config())) {
            Measurement benchmark = what.equals("validate")
                    ? new ValidationBenchmark(SyntaxChecks.standard(), command.settings().identity())::measure
                    : translation(command.settings())::measure;
            Path warmUp = Files.createTempFile("bench-warm-up", ".edi");
            Path measured = Files.createTempFile("bench-x12-309", ".edi");
            try {
                SyntheticInterchanges.x12(warmUp, 8 * MIB, perInterchange);
                benchmark.measure(warmUp);
                SyntheticInterchanges.Written written = SyntheticInterchanges.x12(measured, sizeMib * MIB, perInterchange);
                out.printf("Generated %,d X12 309 sets in %,d interchanges (%d MiB)%n", written.messages(), written.interchanges(), sizeMib);
                ValidationBenchmark.print("X12 309 " + (what.equals("validate") ? "validation" : "translation to canonical XML"),
                        benchmark.measure(measured), out);
            } finally {
                Files.deleteIfExists(warmUp);
                Files.deleteIfExists(measured);
            }
        }
        return 0;
    }

    /** One timed pass over a file. */
    private interface Measurement {
        ValidationBenchmark.Result measure(Path file) throws IOException;
    }

    private static TranslationBenchmark translation(GatewaySettings settings) throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        CanonicalXml xml = new CanonicalXml(folders);
        return new TranslationBenchmark(new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), xml), xml,
                settings.identity());
    }
}
