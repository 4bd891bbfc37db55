package org.borderedi.gateway.edi.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.Set;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.SegmentMutations;
import org.borderedi.gateway.edi.SegmentsRead;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.CodeListMode;
import org.junit.jupiter.api.Test;

/**
 * The quick proof must never call clean what StAEDI would fault: the syntax layer with proofs and the syntax layer
 * with StAEDI alone give the same findings, verdicts, acknowledgments and segments for translation on every sample
 * and on thousands of mutations of them (segments dropped, repeated, moved, renamed; elements emptied, cut, added, or
 * given values of every kind), in each code-list mode. {@code -Dagreement.mutations=N} (per sample) and
 * {@code -Dagreement.seed=S} run more.
 */
class CompiledSchemaAgreementTest {

    private static final X12Validator STAEDI_ONLY = new X12Validator(X12Schemas.load().withoutProofs());

    /** Values that probe each check: lengths, types, dates, times, codes, separators, characters. */
    private static final List<String> VALUES = List.of("", "X", "XX", "X".repeat(85), "-1", "-", "0", "1.5", "1.2.3",
            "-0.5", ".5", "5.", "1E5", "12345678901234567890", "ABC", "abc", "20260229", "20240229", "20261301", "261231",
            "260229", "240229", "2460", "2359", "235960", "23595999", "123", "SH", "CN", "K", "L", "W", "O", "J", "Y",
            "A>B", "A^B", ">", "caf\u00e9", "A\tB", "  ", "ZZ");

    @Test
    void proofs_and_staedi_agree_on_every_sample() throws IOException {
        for (Path sample : samples()) {
            byte[] data = Files.readAllBytes(sample);
            for (CodeListMode mode : CodeListMode.values()) {
                assertAgree(sample.getFileName().toString(), data, mode);
            }
        }
    }

    @Test
    void proofs_and_staedi_agree_on_mutated_samples() throws IOException {
        Random random = new Random(Long.getLong("agreement.seed", 20261122L));
        int mutations = 0;
        for (Path sample : samples()) {
            Interchange interchange = Interchange.parse(Files.readString(sample, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (interchange == null) {
                continue;
            }
            for (int i = 0; i < Integer.getInteger("agreement.mutations", 160); i++) {
                Interchange mutated = interchange.mutate(random);
                if (random.nextInt(4) == 0) {
                    mutated = mutated.mutate(random);
                }
                CodeListMode mode = CodeListMode.values()[random.nextInt(CodeListMode.values().length)];
                assertAgree(sample.getFileName() + " mutated to " + mutated.text(), X12TestKit.bytes(mutated.text()), mode);
                mutations++;
            }
        }
        assertTrue(mutations > 2_000, mutations + " mutations");
    }

    private static void assertAgree(String what, byte[] data, CodeListMode mode) {
        SegmentsRead quickSegments = new SegmentsRead();
        SegmentsRead staediSegments = new SegmentsRead();
        X12TestKit.Run quick = run(X12TestKit.VALIDATOR, data, profile(mode), quickSegments);
        X12TestKit.Run staedi = run(STAEDI_ONLY, data, profile(mode), staediSegments);
        assertEquals(staedi.log, quick.log, what);
        assertEquals(staedi.messages, quick.messages, what);
        assertEquals(staedi.ackText(), quick.ackText(), what);
        assertEquals(staediSegments.segments(), quickSegments.segments(), what);
    }

    /** A profile of its own for each run: its interchange history would take a second run for a duplicate. */
    private static ValidationProfile profile(CodeListMode mode) {
        return X12TestKit.profile(X12TestKit.forwarder(FunctionalAck.X12_999, AckPolicy.ALWAYS, mode));
    }

    /** A run that also keeps the segments handed to translation. */
    private static X12TestKit.Run run(X12Validator validator, byte[] data, ValidationProfile profile, SegmentsRead segments) {
        X12TestKit.Run run = new X12TestKit.Run();
        X12Acknowledger acknowledger = new X12Acknowledger(profile, new InMemoryControlNumbers(), run.acks, X12TestKit.CLOCK);
        try {
            validator.validate(new ByteArrayInputStream(data), profile, SyntaxEvents.all(run, acknowledger, segments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("edi-samples/x12"))) {
            return files.filter(p -> p.toString().endsWith(".edi")).sorted().toList();
        }
    }

    /** An interchange as its segments (separators from its ISA), for mutating the segments of its sets. */
    private record Interchange(List<String> segments, char element, char terminator) {

        static Interchange parse(String text) {
            String trimmed = text.strip();
            if (!trimmed.startsWith("ISA") || trimmed.length() < 106) {
                return null;
            }
            char element = trimmed.charAt(3);
            char terminator = trimmed.charAt(105);
            List<String> segments = new ArrayList<>();
            for (String segment : trimmed.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
                if (!segment.isBlank()) {
                    segments.add(segment.strip());
                }
            }
            return new Interchange(segments, element, terminator);
        }

        String text() {
            return String.join(String.valueOf(terminator), segments) + terminator;
        }

        /** One random change to one segment inside a set (ST and SE themselves now and then). */
        Interchange mutate(Random random) {
            char component = segments.get(0).charAt(104); // ISA16
            SegmentMutations mutations = new SegmentMutations(element, component, Set.of("ISA", "GS", "GE", "IEA"), VALUES);
            return new Interchange(mutations.mutate(segments, random), element, terminator);
        }
    }
}
