package org.borderedi.gateway.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MessageBatch;
import org.borderedi.gateway.translation.MessageMapping;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.borderedi.gateway.translation.MessageSegments;
import org.borderedi.gateway.translation.draft.FilingDraft;

/**
 * Where translation's time goes, stage by stage, on the messages of one generated file and on one thread: the
 * syntax layer alone; Smooks with the mapping's reader and no binding (its floor, {@code mappings/bench/}); Smooks
 * with the real mapping; and building the filings and writing their canonical XML. Every stage runs over the whole
 * file once to warm up, then {@value #PASSES} times timed, and each reports its best pass in CPU time of the thread
 * ({@link ThreadCpu}): on a shared machine, wall-clock time and a single pass swing by half from run to run. A
 * benchmark, not a test: run it with {@code bench stages}.
 */
public final class StageBenchmark {

    /** Messages per Smooks execution, as the gateway's batching translator holds them. */
    private static final int BATCH = 32;
    /** Timed passes over the file after the warm-up; each stage reports its fastest. */
    static final int PASSES = 3;

    private final SyntaxCheck check;
    private final GatewayIdentity us;
    private final MappingCatalog.Entry mapping;
    private final MessageMapping floor;
    private final CanonicalXml xml;

    public StageBenchmark(SyntaxCheck check, GatewayIdentity us, MappingCatalog.Entry mapping, String floorConfig,
                          ProjectFolders folders) throws IOException {
        this.check = check;
        this.us = us;
        this.mapping = mapping;
        this.floor = MessageMapping.load(folders.mapping(floorConfig)
                .orElseThrow(() -> new IOException("no mappings/" + floorConfig)));
        this.xml = new CanonicalXml(folders);
    }

    /** Microseconds of CPU per message in each stage. */
    public record Stages(int messages, long bytes, double syntax, double smooksFloor, double smooksMapping,
                         double buildAndWrite) {

        /** Each stage's faster time of this pass and another over the same messages. */
        Stages fastest(Stages other) {
            return new Stages(messages, bytes, Math.min(syntax, other.syntax), Math.min(smooksFloor, other.smooksFloor),
                    Math.min(smooksMapping, other.smooksMapping), Math.min(buildAndWrite, other.buildAndWrite));
        }
    }

    public Stages measure(Path file) throws IOException, MappingException {
        List<MessageSegments> messages = read(file);
        timed(file, messages); // warm-up: every stage once, so that none runs colder than another
        Stages best = timed(file, messages);
        for (int pass = 1; pass < PASSES; pass++) {
            best = best.fastest(timed(file, messages));
        }
        return best;
    }

    private Stages timed(Path file, List<MessageSegments> messages) throws IOException, MappingException {
        long syntax = new ValidationBenchmark(check, us).measure(file).cpuNanos();
        long smooksFloor = mapAll(floor, messages);
        long[] mappingAndWriting = mapAndWrite(messages);
        int count = messages.size();
        return new Stages(count, Files.size(file), perMessage(syntax, count), perMessage(smooksFloor, count),
                perMessage(mappingAndWriting[0], count), perMessage(mappingAndWriting[1], count));
    }

    /** Every accepted message of the file, as the syntax layer hands it to translation. */
    private List<MessageSegments> read(Path file) throws IOException {
        List<MessageSegments> messages = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            check.check(in, ValidationProfile.standardOnly(us), new SyntaxEvents() {
                @Override
                public boolean wantsSegments() {
                    return true;
                }

                @Override
                public void segmentRead(Segment segment) {
                    segments.add(segment);
                }

                @Override
                public void messageChecked(MessageOutcome outcome) {
                    if (outcome.verdict().accepted()) {
                        messages.add(new MessageSegments(segments));
                    }
                    segments.clear();
                }
            });
        }
        return messages;
    }

    private static long mapAll(MessageMapping mapping, List<MessageSegments> messages) throws MappingException {
        long start = ThreadCpu.nanos();
        for (int from = 0; from < messages.size(); from += BATCH) {
            mapping.mapAll(new MessageBatch(messages.subList(from, Math.min(messages.size(), from + BATCH))));
        }
        return ThreadCpu.nanos() - start;
    }

    /** CPU nanoseconds mapping, and building the filings and writing their XML. */
    private long[] mapAndWrite(List<MessageSegments> messages) throws MappingException, IOException {
        long mapping = 0;
        long writing = 0;
        for (int from = 0; from < messages.size(); from += BATCH) {
            long start = ThreadCpu.nanos();
            List<FilingDraft> drafts = this.mapping.mapping()
                    .mapAll(new MessageBatch(messages.subList(from, Math.min(messages.size(), from + BATCH))));
            long mapped = ThreadCpu.nanos();
            for (FilingDraft draft : drafts) {
                xml.toXml(draft.build(this.mapping.format(), Envelope.NONE, this.mapping.defaultMode()));
            }
            mapping += mapped - start;
            writing += ThreadCpu.nanos() - mapped;
        }
        return new long[] {mapping, writing};
    }

    private static double perMessage(long nanos, int messages) {
        return nanos / 1_000.0 / messages;
    }

    public static void print(String name, MappingCatalog.Entry mapping, String floorConfig, Stages stages, PrintStream out) {
        String path = mapping.mapping().toString();
        String mappingConfig = path.substring(path.lastIndexOf("mappings/") + "mappings/".length());
        double total = stages.syntax() + stages.smooksMapping() + stages.buildAndWrite();
        out.printf("%s: %,d messages, %,d bytes each on average; microseconds of CPU per message on one thread, best of "
                + "%d passes:%n", name, stages.messages(), stages.bytes() / Math.max(1, stages.messages()), PASSES);
        out.printf("  %-78s %8.1f%n", "syntax layer (read, envelope, structure check)", stages.syntax());
        out.printf("  %-78s %8.1f%n", "Smooks, reader only (" + floorConfig + ")", stages.smooksFloor());
        out.printf("  %-78s %8.1f%n", "Smooks, the mapping (" + mappingConfig + ", floor included)", stages.smooksMapping());
        out.printf("  %-78s %8.1f%n", "filings built and canonical XML written", stages.buildAndWrite());
        out.printf("  %-78s %8.1f  (%.2f MiB/s per core)%n", "sum of the stages", total,
                stages.bytes() / (double) (1024 * 1024) / (total * stages.messages() / 1e6));
    }
}
