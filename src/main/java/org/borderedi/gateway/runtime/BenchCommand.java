package org.borderedi.gateway.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderedi.gateway.bench.StageBenchmark;
import org.borderedi.gateway.bench.StartupBenchmark;
import org.borderedi.gateway.bench.SyntheticInterchanges;
import org.borderedi.gateway.bench.TranslationBenchmark;
import org.borderedi.gateway.bench.ValidationBenchmark;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MappingKey;
import org.borderedi.gateway.translation.MessageMapping.MappingException;

/**
 * {@code bench validate|translate [--format x12|cuscar] [--size-mib 100] [--messages-per-interchange 50000]
 * [--file path]} generates a file of valid X12 309 (or CUSCAR D:95B) interchanges, validates (or translates to
 * canonical XML) an 8 MiB one to warm up and then the file, and prints MB/s, messages/s, the heap it needed (the most
 * in use at once and the most live after a collection) and the process's peak resident memory. With {@code --file} the file is generated there only when absent and kept (a 1 GiB
 * file takes a while to write). Run it with a small heap ({@code java -Xmx256m -jar ...}) to see that memory does not
 * grow with the file. {@code bench stages [--format x12|cuscar] [--size-mib 8]} times each stage of translation on
 * the same messages (syntax layer, Smooks' floor, Smooks mapping, canonical XML). {@code bench startup} times loading
 * the syntax schemas and compiling every Smooks mapping.
 */
final class BenchCommand {

    private static final long MIB = 1024 * 1024;

    private BenchCommand() {
    }

    static int run(CommandLine line, PrintStream out) throws IOException {
        String what = line.arguments().isEmpty() ? "" : line.arguments().get(0);
        if (line.arguments().size() != 1 || !List.of("validate", "translate", "stages", "startup").contains(what)) {
            throw new IllegalArgumentException("bench measures 'validate', 'translate', 'stages' or 'startup'");
        }
        if (what.equals("startup")) {
            StartupBenchmark.print(StartupBenchmark.measure(ProjectFolders.ofWorkingDirectory()), out);
            return 0;
        }
        String format = line.option("format").orElse("x12");
        if (!format.equals("x12") && !format.equals("cuscar")) {
            throw new IllegalArgumentException("bench reads --format x12 or cuscar");
        }
        long sizeMib = Long.parseLong(line.option("size-mib").orElse("100"));
        int perInterchange = Integer.parseInt(line.option("messages-per-interchange").orElse("50000"));
        Generator generator = format.equals("x12") ? SyntheticInterchanges::x12 : SyntheticInterchanges::cuscar;
        String name = format.equals("x12") ? "X12 309" : "CUSCAR D95B";
        if (what.equals("stages")) {
            return stages(format, name, Long.parseLong(line.option("size-mib").orElse("8")), perInterchange, generator,
                    line, out);
        }
        try (CommandSettings command = new CommandSettings(line.config())) {
            Measurement benchmark = what.equals("validate")
                    ? new ValidationBenchmark(SyntaxChecks.standard(), command.settings().identity())::measure
                    : translation(command.settings())::measure;
            Path warmUp = Files.createTempFile("bench-warm-up", ".edi");
            Path kept = line.option("file").map(Path::of).orElse(null);
            Path measured = kept != null ? kept : Files.createTempFile("bench-" + format, ".edi");
            try {
                generator.write(warmUp, 8 * MIB, perInterchange);
                benchmark.measure(warmUp);
                if (kept == null || !Files.exists(kept)) {
                    SyntheticInterchanges.Written written = generator.write(measured, sizeMib * MIB, perInterchange);
                    out.printf("Generated %,d %s messages in %,d interchanges (%d MiB)%n", written.messages(), name,
                            written.interchanges(), sizeMib);
                }
                ValidationBenchmark.print(name + " " + (what.equals("validate") ? "validation" : "translation to canonical XML"),
                        benchmark.measure(measured), out);
            } finally {
                Files.deleteIfExists(warmUp);
                if (kept == null) {
                    Files.deleteIfExists(measured);
                }
            }
        }
        return 0;
    }

    /** Times each stage of translation on the same generated messages. */
    private static int stages(String format, String name, long sizeMib, int perInterchange, Generator generator,
                              CommandLine line, PrintStream out) throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        MappingKey key = format.equals("x12") ? MappingKey.of(Syntax.X12, "309", "004010")
                : MappingKey.of(Syntax.EDIFACT, "CUSCAR", "D:95B");
        String floor = format.equals("x12") ? "bench/x12-309-reader-only.xml" : "bench/cuscar-d95b-reader-only.xml";
        MappingCatalog.Entry mapping = MappingCatalog.load(folders).find(key).orElseThrow();
        Path file = Files.createTempFile("bench-stages-" + format, ".edi");
        try (CommandSettings command = new CommandSettings(line.config())) {
            generator.write(file, sizeMib * MIB, perInterchange);
            StageBenchmark.Stages stages = new StageBenchmark(SyntaxChecks.standard(), command.settings().identity(),
                    mapping, floor, folders).measure(file);
            StageBenchmark.print(name, mapping, floor, stages, out);
        } catch (MappingException e) {
            throw new IOException("the generated messages could not be mapped: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
        return 0;
    }

    /** One timed pass over a file. */
    private interface Measurement {
        ValidationBenchmark.Result measure(Path file) throws IOException;
    }

    /** Writes a file of synthetic interchanges. */
    private interface Generator {
        SyntheticInterchanges.Written write(Path file, long targetBytes, int messagesPerInterchange) throws IOException;
    }

    private static TranslationBenchmark translation(GatewaySettings settings) throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        CanonicalXml xml = new CanonicalXml(folders);
        return new TranslationBenchmark(new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), xml), xml,
                settings.identity());
    }
}
