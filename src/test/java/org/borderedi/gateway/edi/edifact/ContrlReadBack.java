package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * Reads a CONTRL the gateway wrote back with StAEDI, against the service-segment and CONTRL schemas, and checks what
 * those cannot: one interchange holding one message, UNT counting its segments, trailers repeating their references.
 */
final class ContrlReadBack {

    private static final ProjectFolders FOLDERS = ProjectFolders.ofWorkingDirectory();
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private ContrlReadBack() {
    }

    /** The CONTRL's segments as "TAG+element+element:component" with released characters resolved; fails when it is not valid. */
    static List<String> check(String contrl) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        List<String> errors = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        int messageSegments = 0;
        int interchanges = 0;
        int messages = 0;
        boolean inMessage = false;
        StringBuilder segment = null;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(contrl.getBytes(StandardCharsets.UTF_8)), "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_INTERCHANGE -> {
                        interchanges++;
                        boolean version4 = "4".equals(reader.getVersion()[1]);
                        reader.setControlSchema(schema(version4 ? "edifact/service-v4.xml" : "edifact/service-v3.xml"));
                    }
                    case START_TRANSACTION -> {
                        messages++;
                        inMessage = true;
                        boolean version4 = "4".equals(reader.getTransactionVersion()[1]);
                        reader.setTransactionSchema(schema(version4 ? "edifact/contrl-v4.xml" : "edifact/contrl-d3.xml"));
                    }
                    case START_SEGMENT -> {
                        segment = new StringBuilder(reader.getText());
                        if (inMessage) {
                            messageSegments++;
                        }
                    }
                    case ELEMENT_DATA -> {
                        int component = reader.getLocation().getComponentPosition();
                        int element = reader.getLocation().getElementPosition();
                        segment.append(component > 1 ? ":" : "+").append(reader.getText());
                        values.put(segment.substring(0, 3) + element + "." + Math.max(component, 1), reader.getText());
                    }
                    case END_SEGMENT -> {
                        segments.add(segment.toString());
                        if (segment.toString().startsWith("UNT")) {
                            inMessage = false;
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(event + " " + reader.getErrorType()
                            + " at " + reader.getLocation().getSegmentTag() + " " + reader.getLocation().getElementPosition()
                            + " '" + (reader.hasText() ? reader.getText() : "") + "'");
                    default -> {
                        // nothing else to look at
                    }
                }
            }
        } catch (EDIStreamException | java.io.IOException e) {
            throw new AssertionError("the CONTRL cannot be read back: " + e.getMessage() + "\n" + contrl, e);
        }
        assertTrue(errors.isEmpty(), () -> "the CONTRL is not valid: " + errors + "\n" + contrl);
        assertEquals(1, interchanges, "one interchange");
        assertEquals(1, messages, "one CONTRL message");
        assertEquals(String.valueOf(messageSegments), values.get("UNT1.1"), "UNT counts UNH to UNT");
        assertEquals(values.get("UNH1.1"), values.get("UNT2.1"), "UNT repeats the UNH reference");
        assertEquals("1", values.get("UNZ1.1"), "UNZ counts one message");
        assertEquals(values.get("UNB5.1"), values.get("UNZ2.1"), "UNZ repeats the UNB reference");
        return segments;
    }

    private static synchronized Schema schema(String path) {
        return SCHEMAS.computeIfAbsent(path, p -> EdifactSchemas.load(FOLDERS, p));
    }
}
