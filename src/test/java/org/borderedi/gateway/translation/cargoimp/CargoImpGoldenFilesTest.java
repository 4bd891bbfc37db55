package org.borderedi.gateway.translation.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Every syntactically valid Cargo-IMP sample against its golden files: the canonical XML of each message
 * ({@code name.canonical.xml}, or {@code name.n.canonical.xml} for a file of several) and the business findings
 * ({@code name.findings.txt}; none when there is no such file).
 */
class CargoImpGoldenFilesTest {

    static Stream<String> validSamples() {
        return Stream.of("fwb16-general", "fwb16-pounds-crlf", "fwb17-general", "fwb17-consolidation",
                "fwb17-dangerous-goods", "fwb17-and-fhl5-together", "fhl4-two-houses", "fhl5-three-houses",
                "fhl5-missing-consignee-address", "ffm7-two-unloading-points", "ffm8-two-ulds");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void each_message_translates_to_its_golden_canonical_xml(String sample) throws IOException {
        List<TranslatedMessage> messages = CargoImpTranslations.translate(sample(sample + ".txt"));

        assertFalse(messages.isEmpty(), sample + " has no message");
        for (int i = 0; i < messages.size(); i++) {
            TranslatedMessage message = messages.get(i);
            assertTrue(message.translated(), sample + " message " + (i + 1) + ": " + message.problem());
            String golden = messages.size() == 1 ? sample + ".canonical.xml" : sample + "." + (i + 1) + ".canonical.xml";
            Diff diff = DiffBuilder.compare(Files.readString(sample(golden)))
                    .withTest(CargoImpTranslations.XML.toXml(message.filing()))
                    .ignoreWhitespace().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), golden + ": " + diff);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void business_findings_are_those_of_the_golden_findings_file(String sample) throws IOException {
        Path golden = sample(sample + ".findings.txt");
        List<String> expected = Files.exists(golden) ? Files.readAllLines(golden) : List.of();

        List<String> actual = new ArrayList<>();
        for (TranslatedMessage message : CargoImpTranslations.translate(sample(sample + ".txt"))) {
            actual.addAll(CargoImpTranslations.findings(message.filing()));
        }

        assertEquals(expected, actual);
    }

    private static Path sample(String name) {
        return CargoImpTranslations.SAMPLES.resolve(name);
    }
}
