package org.borderedi.gateway.edi.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.ValidationProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our samples in {@code edi-samples/cargo-imp} read as their README says, and so do real files from elsewhere. */
class CargoImpSamplesTest {

    private static final Path SAMPLES = Path.of("edi-samples", "cargo-imp");
    /** Other people's real files, read where they are and never copied into the project. */
    private static final Path EXTERNAL = Path.of("/work/shared/external-samples/cargo-imp");

    static Stream<Arguments> samples() {
        return Stream.of(
                sample("fwb16-general.txt", "FWB/16 020-77319045 ACCEPTED"),
                sample("fwb16-pounds-crlf.txt", "FWB/16 176-30482712 ACCEPTED"),
                sample("fwb17-general.txt", "FWB/17 618-44103570 ACCEPTED"),
                sample("fwb17-consolidation.txt", "FWB/17 074-22598100 ACCEPTED"),
                sample("fwb17-dangerous-goods.txt", "FWB/17 160-55820365 ACCEPTED"),
                sample("fwb17-and-fhl5-together.txt", "FWB/17 074-22598100 ACCEPTED", "FHL/5 074-22598100 ACCEPTED"),
                sample("fhl4-two-houses.txt", "FHL/4 057-66201940 ACCEPTED"),
                sample("fhl5-three-houses.txt", "FHL/5 932-10473853 ACCEPTED"),
                sample("fhl5-missing-consignee-address.txt", "FHL/5 014-33975281 ACCEPTED"),
                sample("ffm8-two-ulds.txt", "FFM/8 AC0849/15AUG ACCEPTED"),
                sample("ffm7-two-unloading-points.txt", "FFM/7 TS0111/02SEP ACCEPTED"),
                sample("fwb17-non-ascii.txt", "FWB/17 618-44103570 REJECTED CARGO_IMP_INVALID_CHARACTER@10.1"),
                sample("unknown-message-type.txt", "FZQ/3 null REJECTED CARGO_IMP_INVALID_MESSAGE_TYPE@1.1"),
                sample("fwb17-malformed-awb-line.txt", "FWB/17 618-4410357 REJECTED CARGO_IMP_BAD_LINE_FORMAT@2.0"));
    }

    private static Arguments sample(String file, String... outcomes) {
        return Arguments.of(file, List.of(outcomes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reads_our_sample_as_its_readme_says(String file, List<String> expected) throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            Recording read = Recording.of(in, true);
            assertEquals(expected, read.outcomes.stream().map(CargoImpSamplesTest::summary).toList());
            assertTrue(read.unreadable.isEmpty());
        }
    }

    @Test
    void fhl5_three_houses_has_one_house_weighed_in_pounds() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("fhl5-three-houses.txt"))) {
            Recording read = Recording.of(in, true);
            List<String> weights = read.segments.stream().filter(s -> s.tag().equals("HBS"))
                    .map(s -> s.element(5) + s.element(6)).toList();
            assertEquals(List.of("K300.0", "L661.4", "K305.0"), weights);
        }
    }

    @Test
    void the_syntax_layer_checks_cargo_imp_with_this_validator() throws IOException {
        SyntaxCheck check = new SyntaxCheck(Map.of(Syntax.CARGO_IMP, new CargoImpValidator()));
        Recording events = Recording.listener();
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("fwb16-general.txt"))) {
            check.check(in, ValidationProfile.standardOnly(new GatewayIdentity(List.of(), List.of())), events);
        }
        assertEquals(List.of("FWB/16 020-77319045 ACCEPTED"), events.outcomes.stream().map(CargoImpSamplesTest::summary).toList());
    }

    static Stream<Path> externalSamples() throws IOException {
        if (!Files.isDirectory(EXTERNAL)) {
            return Stream.of(EXTERNAL);
        }
        try (Stream<Path> files = Files.list(EXTERNAL)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("externalSamples")
    void reads_real_files_from_elsewhere_without_errors(Path file) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file), "the external samples are not on this machine");
        try (InputStream in = Files.newInputStream(file)) {
            Recording read = Recording.of(in, true);
            assertEquals(1, read.outcomes.size());
            MessageOutcome outcome = read.outcome();
            assertEquals(List.of(), outcome.findings().stream().filter(Finding::isError).toList());
            assertTrue(outcome.controlNumber() != null && !outcome.controlNumber().isEmpty());
            assertTrue(read.segments.stream().noneMatch(s -> s.tag().equals(MessageGrammar.UNKNOWN)));
        }
    }

    private static String summary(MessageOutcome outcome) {
        StringBuilder summary = new StringBuilder(outcome.type() + "/" + outcome.version() + " " + outcome.controlNumber()
                + " " + outcome.verdict());
        for (Finding finding : outcome.findings()) {
            summary.append(' ').append(finding.code()).append('@').append(finding.position().segment()).append('.')
                    .append(finding.position().element());
        }
        return summary.toString();
    }
}
