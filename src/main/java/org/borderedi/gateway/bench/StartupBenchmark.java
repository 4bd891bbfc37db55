package org.borderedi.gateway.bench;

import java.io.IOException;
import java.io.PrintStream;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.borderedi.gateway.translation.MappingCatalog;

/**
 * Times what translation needs before the first file can be read, in a fresh JVM: the syntax layer with its StAEDI
 * schemas, every Smooks mapping of the catalog compiled, and the canonical schema. A benchmark: {@code bench startup}.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    /** What it took, in milliseconds, from this JVM's start and for each part. */
    public record Result(long sinceJvmStartMillis, long syntaxMillis, long mappingsMillis, long canonicalMillis, int mappings) {
    }

    public static Result measure(ProjectFolders folders) throws IOException {
        long start = System.nanoTime();
        SyntaxChecks.standard();
        long syntax = System.nanoTime();
        MappingCatalog catalog = MappingCatalog.load(folders);
        long mappings = System.nanoTime();
        new CanonicalXml(folders);
        long canonical = System.nanoTime();
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        return new Result(uptime, (syntax - start) / 1_000_000, (mappings - syntax) / 1_000_000,
                (canonical - mappings) / 1_000_000, catalog.entries().size());
    }

    public static void print(Result result, PrintStream out) {
        out.printf("Ready to translate %d ms after the JVM started: syntax schemas %d ms, %d Smooks mappings compiled %d ms, "
                        + "canonical schema %d ms%n",
                result.sinceJvmStartMillis(), result.syntaxMillis(), result.mappings(), result.mappingsMillis(),
                result.canonicalMillis());
    }
}
