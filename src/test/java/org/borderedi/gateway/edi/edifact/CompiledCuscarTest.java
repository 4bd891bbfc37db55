package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.edi.SegmentSyntax;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.Test;

/** The quick proof on CUSCAR: every supported directory has one, and it clears every golden sample's messages. */
class CompiledCuscarTest {

    private static final EdifactSchemas SCHEMAS = new EdifactSchemas(ProjectFolders.ofWorkingDirectory());

    @Test
    void every_supported_directory_has_a_proof() {
        for (String directory : EdifactSchemas.CUSCAR_DIRECTORIES.keySet()) {
            String[] versionRelease = directory.split(":");
            Schema schema = SCHEMAS.message("CUSCAR", versionRelease[0], versionRelease[1], "UN").orElseThrow();
            assertTrue(SCHEMAS.compiled(schema).isPresent(), directory);
        }
    }

    @Test
    void clears_every_message_of_the_golden_samples() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(Path.of("edi-samples/edifact"))) {
            golden = files.filter(p -> p.toString().endsWith(".edi"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".edi", ".canonical.xml")))).sorted().toList();
        }
        assertTrue(golden.size() >= 6, golden.toString());
        for (Path sample : golden) {
            int messages = 0;
            for (List<List<String>> message : messages(Files.readString(sample, StandardCharsets.ISO_8859_1))) {
                List<String> identifier = List.of(message.get(0).get(2).split(":"));
                Schema schema = SCHEMAS.message(identifier.get(0), identifier.get(1), identifier.get(2), identifier.get(3))
                        .orElseThrow();
                CompiledSchema.Proof proof = SCHEMAS.compiled(schema).orElseThrow()
                        .proof(new SegmentSyntax(':', '*', '?', '.'), true);
                for (List<String> segment : message.subList(1, message.size())) {
                    assertTrue(proof.segment(segment), sample + ": " + segment);
                }
                assertTrue(proof.end(), sample.toString());
                messages++;
            }
            assertTrue(messages > 0, sample.toString());
        }
    }

    /** Each message of the text (default separators, no release characters): its UNH, then its segments before UNT. */
    private static List<List<List<String>>> messages(String text) {
        List<List<List<String>>> messages = new ArrayList<>();
        List<List<String>> message = null;
        for (String raw : text.replaceFirst("^UNA......", "").split("'")) {
            List<String> fields = List.of(raw.strip().split(Pattern.quote("+"), -1));
            switch (fields.get(0)) {
                case "UNH" -> {
                    message = new ArrayList<>();
                    message.add(fields);
                }
                case "UNT" -> {
                    messages.add(message);
                    message = null;
                }
                default -> {
                    if (message != null) {
                        message.add(fields);
                    }
                }
            }
        }
        return messages;
    }
}
