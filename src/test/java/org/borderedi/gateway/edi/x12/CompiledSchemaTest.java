package org.borderedi.gateway.edi.x12;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.edi.SegmentSyntax;
import org.junit.jupiter.api.Test;

/** The quick proof on X12 sets: every golden sample is proven clean, so StAEDI reads none of them. */
class CompiledSchemaTest {

    private static final X12Schemas SCHEMAS = X12Schemas.load();
    private static final SegmentSyntax SYNTAX = new SegmentSyntax('>', (char) 0, (char) 0, '.');

    @Test
    void proves_every_golden_sample_clean() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(Path.of("edi-samples/x12"))) {
            golden = files.filter(p -> p.toString().endsWith(".edi"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".edi", ".canonical.xml")))
                            || Files.exists(Path.of(p.toString().replace(".edi", ".1.canonical.xml"))))
                    .sorted().toList();
        }
        assertTrue(golden.size() >= 8, golden.toString());
        for (Path sample : golden) {
            String text = Files.readString(sample, StandardCharsets.ISO_8859_1).strip();
            assertTrue(proof(text), sample.toString());
        }
    }

    @Test
    void does_not_prove_a_set_without_its_mandatory_M10() {
        assertFalse(proof(set("P4*3001*20261201~LX*1~")));
    }

    @Test
    void does_not_prove_a_segment_the_309_does_not_have() {
        assertFalse(proof(set("M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L~P4*3001*20261201~LX*1~XYZ*1~")));
    }

    @Test
    void does_not_prove_a_value_longer_than_its_element() {
        assertFalse(proof(set("M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L~P4*3001*20261201~LX*1~M11*" + "1".repeat(31) + "~")));
    }

    @Test
    void proves_a_minimal_manifest() {
        assertTrue(proof(set("M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L~P4*3001*20261201~LX*1~")));
    }

    private static String set(String body) {
        return "ST*309*0001~" + body + "SE*9*0001~";
    }

    /** Walks every set in the text (ST to SE) through its proof; true when all are proven clean. */
    private static boolean proof(String text) {
        char element = '*';
        String terminator = "~";
        if (text.startsWith("ISA")) {
            element = text.charAt(3);
            terminator = String.valueOf(text.charAt(105));
        }
        CompiledSchema.Proof proof = null;
        boolean clean = true;
        for (String raw : text.split(Pattern.quote(terminator))) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith("ISA")) {
                element = segment.charAt(3); // each interchange has separators of its own
            }
            List<String> fields = List.of(segment.split(Pattern.quote(String.valueOf(element)), -1));
            switch (fields.get(0)) {
                case "ST" -> proof = SCHEMAS.compiledFor(fields.get(1)).orElseThrow().proof(SYNTAX, true);
                case "SE" -> clean &= proof.end();
                case "ISA", "GS", "GE", "IEA" -> { }
                default -> clean &= proof.segment(fields);
            }
        }
        return clean;
    }
}
