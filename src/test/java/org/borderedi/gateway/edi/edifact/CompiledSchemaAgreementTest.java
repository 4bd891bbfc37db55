package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.Set;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.SegmentMutations;
import org.borderedi.gateway.edi.SegmentsRead;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.Test;

/**
 * The quick proof must never call clean what StAEDI would fault: the syntax layer with proofs and with StAEDI alone
 * give the same findings, verdicts, CONTRLs and segments for translation on every CUSCAR sample and on thousands of
 * mutations of them, in each profile (code lists strict, warn and off among them). {@code -Dagreement.mutations=N}
 * (per sample) and {@code -Dagreement.seed=S} run more.
 */
class CompiledSchemaAgreementTest {

    private static final EdifactValidator STAEDI_ONLY =
            new EdifactValidator(new EdifactSchemas(ProjectFolders.ofWorkingDirectory(), false));

    /** Values that probe each check: lengths, types, codes, repertoire, separators. */
    private static final List<String> VALUES = List.of("", "X", "XX", "X".repeat(80), "-1", "-", "0", "1.5", "1,5",
            "1.2.3", "-0.5", ".5", "1E5", "123456789012345678901", "ABC", "abc", "20260229", "20261301", "2359", "2460",
            "5", "23", "85", "AAA", "ZZZ", "A:B", ":", "A:B:C:D:E:F", "caf\u00e9", "A?'B", "  ", "CN", "KGM", "LBR");

    @Test
    void proofs_and_staedi_agree_on_every_sample() throws IOException {
        for (Path sample : samples()) {
            byte[] data = Files.readAllBytes(sample);
            for (EdifactTestKit.Profile profile : EdifactTestKit.Profile.values()) {
                assertAgree(sample.getFileName().toString(), data, profile);
            }
        }
    }

    @Test
    void proofs_and_staedi_agree_on_mutated_samples() throws IOException {
        Random random = new Random(Long.getLong("agreement.seed", 20261123L));
        int mutations = 0;
        for (Path sample : samples()) {
            Interchange interchange = Interchange.parse(Files.readString(sample, StandardCharsets.ISO_8859_1));
            if (interchange == null) {
                continue;
            }
            for (int i = 0; i < Integer.getInteger("agreement.mutations", 120); i++) {
                Interchange mutated = interchange.mutate(random);
                if (random.nextInt(4) == 0) {
                    mutated = mutated.mutate(random);
                }
                EdifactTestKit.Profile[] profiles = EdifactTestKit.Profile.values();
                assertAgree(sample.getFileName() + " mutated to " + mutated.text(),
                        mutated.text().getBytes(StandardCharsets.ISO_8859_1), profiles[random.nextInt(profiles.length)]);
                mutations++;
            }
        }
        assertTrue(mutations > 2_000, mutations + " mutations");
    }

    /** A message StAEDI need not read at all, UNH and UNT included, is one whose UNH and UNT StAEDI would not fault. */
    @Test
    void proofs_and_staedi_agree_on_mutated_message_headers_and_trailers() throws IOException {
        Random random = new Random(Long.getLong("agreement.seed", 20261123L));
        List<String> values = new ArrayList<>(VALUES);
        values.addAll(List.of("CUSCAR", "D", "95B", "96A", "UN", "CUSCAR:D:95B:UN", "CUSCAR:D:95B:UN:EXT", "1",
                "0004", "X".repeat(14), "X".repeat(15), "1:C", "99:F", "ABC:1:2"));
        int mutations = 0;
        for (Path sample : samples()) {
            Interchange interchange = Interchange.parse(Files.readString(sample, StandardCharsets.ISO_8859_1));
            if (interchange == null) {
                continue;
            }
            Set<String> unchanged = new HashSet<>();
            interchange.segments().forEach(segment -> unchanged.add(segment.split("[" + interchange.element() + "]", 2)[0]));
            unchanged.removeAll(Set.of("UNH", "UNT"));
            SegmentMutations mutate = new SegmentMutations(interchange.element(), ':', unchanged, values);
            for (int i = 0; i < Integer.getInteger("agreement.mutations", 120) / 2; i++) {
                Interchange mutated = interchange.with(mutate.mutate(interchange.segments(), random));
                EdifactTestKit.Profile[] profiles = EdifactTestKit.Profile.values();
                assertAgree(sample.getFileName() + " mutated to " + mutated.text(),
                        mutated.text().getBytes(StandardCharsets.ISO_8859_1), profiles[random.nextInt(profiles.length)]);
                mutations++;
            }
        }
        assertTrue(mutations > 1_000, mutations + " mutations");
    }

    private static void assertAgree(String what, byte[] data, EdifactTestKit.Profile profile) {
        Tapped quick = run(EdifactTestKit.VALIDATOR, data, profile.create());
        Tapped staedi = run(STAEDI_ONLY, data, profile.create());
        assertEquals(staedi.run.events, quick.run.events, what);
        assertEquals(staedi.run.messages, quick.run.messages, what);
        assertEquals(staedi.run.contrls(), quick.run.contrls(), what);
        assertEquals(staedi.segments, quick.segments, what);
    }

    /** A run that also keeps the segments handed to translation. */
    private record Tapped(EdifactTestKit.Run run, List<String> segments) {
    }

    private static Tapped run(EdifactValidator validator, byte[] data, ValidationProfile profile) {
        EdifactTestKit.Run run = new EdifactTestKit.Run();
        SegmentsRead segments = new SegmentsRead();
        try {
            validator.validate(new ByteArrayInputStream(data), profile, SyntaxEvents.all(run, segments,
                    new ContrlWriter(profile, new InMemoryControlNumbers(), run.acks, EdifactTestKit.CLOCK)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tapped(run, segments.segments());
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("edi-samples/edifact"))) {
            return files.filter(p -> p.toString().endsWith(".edi")).sorted().toList();
        }
    }

    /** An interchange as its segments (separators from its UNA, or the defaults), for mutating its messages. */
    private record Interchange(String advice, List<String> segments, char element, char terminator) {

        static Interchange parse(String text) {
            String trimmed = text.strip();
            String advice = "";
            char element = '+';
            char release = '?';
            char terminator = '\'';
            if (trimmed.startsWith("UNA")) {
                advice = trimmed.substring(0, 9);
                element = advice.charAt(4);
                release = advice.charAt(6);
                terminator = advice.charAt(8);
                trimmed = trimmed.substring(9).strip();
            }
            if (!trimmed.startsWith("UNB")) {
                return null;
            }
            List<String> segments = new ArrayList<>();
            StringBuilder segment = new StringBuilder();
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                if (c == release && i + 1 < trimmed.length()) {
                    segment.append(c).append(trimmed.charAt(++i));
                } else if (c == terminator) {
                    segments.add(segment.toString().strip());
                    segment.setLength(0);
                } else {
                    segment.append(c);
                }
            }
            return new Interchange(advice, segments, element, terminator);
        }

        String text() {
            return advice + String.join(String.valueOf(terminator), segments) + terminator;
        }

        Interchange with(List<String> changed) {
            return new Interchange(advice, changed, element, terminator);
        }

        /** One random change to one segment of a message (its UNT now and then). */
        Interchange mutate(Random random) {
            SegmentMutations mutations = new SegmentMutations(element, ':', Set.of("UNB", "UNG", "UNH", "UNE", "UNZ"), VALUES);
            return new Interchange(advice, mutations.mutate(segments, random), element, terminator);
        }
    }
}
