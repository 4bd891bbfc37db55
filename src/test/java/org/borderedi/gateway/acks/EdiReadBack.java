package org.borderedi.gateway.acks;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a generated X12 or EDIFACT interchange back with StAEDI (its envelope checks on, no transaction schema: the
 * gateway's schema set has none for 355, 824 or CUSRES) and gives every segment as tag and element values, or fails
 * on the first error StAEDI reports.
 */
public final class EdiReadBack {

    private EdiReadBack() {
    }

    /**
     * Code list errors that are not the acknowledgment's making: the UNB partner qualifiers (0007) are echoed from the
     * filer's own UNB, and the demo samples use "ZZ", which StAEDI's code list does not know.
     */
    private static boolean echoedQualifier(EDIStreamReader reader) {
        var at = reader.getLocation();
        boolean partnerQualifier = "UNB".equals(at.getSegmentTag())
                && (at.getElementPosition() == 2 || at.getElementPosition() == 3) && at.getComponentPosition() == 2;
        // StAEDI's syntax 3 code list for 0054 (release) stops before D:03B, which the gateway reads and answers in
        boolean directoryRelease = "UNH".equals(at.getSegmentTag()) && at.getElementPosition() == 2
                && at.getComponentPosition() == 3;
        return reader.getErrorType() == io.xlate.edi.stream.EDIStreamValidationError.INVALID_CODE_VALUE
                && (partnerQualifier || directoryRelease);
    }

    /** Each segment as "TAG|e1|e2|c1:c2|..." (components joined with ':'), envelope segments included. */
    public static List<String> segments(String interchange) {
        List<String> segments = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new ByteArrayInputStream(interchange.getBytes(StandardCharsets.ISO_8859_1));
                EDIStreamReader reader = factory.createEDIStreamReader(in, "ISO-8859-1")) {
            StringBuilder segment = null;
            boolean inComposite = false;
            boolean firstComponent = false;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError() && !echoedQualifier(reader)) {
                    throw new AssertionError(reader.getErrorType() + " at " + reader.getLocation() + " in:\n" + interchange);
                }
                switch (event) {
                    case START_SEGMENT -> segment = new StringBuilder(reader.getText());
                    case END_SEGMENT -> {
                        if (!segment.toString().startsWith("UNA")) {
                            segments.add(segment.toString());
                        }
                    }
                    case START_COMPOSITE -> {
                        segment.append('|');
                        inComposite = true;
                        firstComponent = true;
                    }
                    case END_COMPOSITE -> inComposite = false;
                    case ELEMENT_DATA -> {
                        if (inComposite) {
                            segment.append(firstComponent ? "" : ":").append(reader.getText());
                            firstComponent = false;
                        } else if (segment != null) {
                            segment.append('|').append(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException | IOException e) {
            throw new AssertionError("unreadable: " + e.getMessage() + " in:\n" + interchange, e);
        }
        return segments;
    }
}
