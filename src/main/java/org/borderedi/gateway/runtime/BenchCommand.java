package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderedi.gateway.bench.SyntheticInterchanges;
import org.borderedi.gateway.bench.ValidationBenchmark;

/**
 * {@code bench validate [--size-mib 100] [--messages-per-interchange 50000]}: generates a file of valid X12 309
 * interchanges, validates it once to warm up and once measured, and prints MB/s, messages/s and the heap used.
 * Run it with a small heap ({@code java -Xmx256m -jar ...}) to see that memory does not grow with the file.
 */
final class BenchCommand {

    private static final long MIB = 1024 * 1024;

    private BenchCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws IOException {
        if (!line.arguments().equals(java.util.List.of("validate"))) {
            throw new IllegalArgumentException("bench knows one measurement: bench validate");
        }
        long sizeMib = Long.parseLong(line.option("size-mib").orElse("100"));
        int perInterchange = Integer.parseInt(line.option("messages-per-interchange").orElse("50000"));
        try (CommandSettings command = new CommandSettings(line.config())) {
            ValidationBenchmark benchmark = new ValidationBenchmark(SyntaxChecks.standard(), command.settings().identity());
            Path warmUp = Files.createTempFile("bench-warm-up", ".edi");
            Path measured = Files.createTempFile("bench-x12-309", ".edi");
            try {
                SyntheticInterchanges.x12(warmUp, 8 * MIB, perInterchange);
                benchmark.measure(warmUp);
                SyntheticInterchanges.Written written = SyntheticInterchanges.x12(measured, sizeMib * MIB, perInterchange);
                out.printf("Generated %,d X12 309 sets in %,d interchanges (%d MiB)%n", written.messages(), written.interchanges(), sizeMib);
                ValidationBenchmark.print("X12 309 validation", benchmark.measure(measured), out);
            } finally {
                Files.deleteIfExists(warmUp);
                Files.deleteIfExists(measured);
            }
        }
        return 0;
    }
}
