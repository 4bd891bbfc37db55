package org.borderedi.gateway.edi.cargoimp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.SyntaxEvents;

/**
 * Reads a file of IATA Cargo-IMP messages (FWB/16-17, FHL/4-5, FFM/7-8) line by line and reports each message
 * through {@link SyntaxEvents}: its segments when the listener wants them, then its outcome. A Type B address header
 * before a message is skipped; text before the first message is reported as unreadable. It holds one message at a
 * time. The segment layouts are documented in the package documentation.
 */
public final class CargoImpReader {

    /** Reads to the end of the stream; bad data gives findings, an exception means the stream itself failed. */
    public void read(InputStream file, SyntaxEvents events) throws IOException {
        LineSource source = new LineSource(file);
        List<PhysicalLine> message = null;
        PhysicalLine strayStart = null;
        boolean anyMessage = false;
        for (PhysicalLine line = source.next(); line != null; line = source.next()) {
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            if (MessageIdentifier.startsMessage(text, message != null)) {
                if (message != null) {
                    report(message, events);
                }
                if (strayStart != null) {
                    stray(strayStart, events);
                    strayStart = null;
                }
                message = new ArrayList<>(List.of(line));
                anyMessage = true;
            } else if (TypeBHeader.matches(text)) {
                continue;
            } else if (message != null) {
                message.add(line);
            } else if (strayStart == null) {
                strayStart = line;
            }
        }
        if (message != null) {
            report(message, events);
        }
        if (strayStart != null) {
            stray(strayStart, events);
        } else if (!anyMessage) {
            events.unreadable(0, "no Cargo-IMP message: no line such as FWB/17 names a message");
        }
    }

    private static void report(List<PhysicalLine> message, SyntaxEvents events) {
        MessageCheck.Result result = new MessageCheck(message).read();
        if (events.wantsSegments()) {
            result.segments().forEach(events::segmentRead);
        }
        events.messageChecked(result.outcome());
    }

    private static void stray(PhysicalLine start, SyntaxEvents events) {
        String text = start.text();
        events.unreadable(start.offset(), "text before the first Cargo-IMP message, from line " + start.number()
                + ": '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
    }
}
