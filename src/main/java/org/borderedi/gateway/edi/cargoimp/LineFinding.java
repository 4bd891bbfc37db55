package org.borderedi.gateway.edi.cargoimp;

import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Severity;

/**
 * A finding about one line, noted while the message is read and turned into a {@link Finding} once the message's
 * reference (its master waybill or flight) is known.
 *
 * @param line    the line number in the file
 * @param tag     the tag of the segment the line belongs to
 * @param element the '/'-separated field of the physical line (0 for its identifier or first field), or the
 *                segment's element for findings about elements; 0 when the whole line is meant
 */
record LineFinding(FindingCode code, Severity severity, int line, String tag, int element, String text, String badValue) {

    static LineFinding error(FindingCode code, int line, String tag, int element, String text) {
        return new LineFinding(code, Severity.ERROR, line, tag, element, text, null);
    }

    static LineFinding warning(FindingCode code, int line, String tag, int element, String text) {
        return new LineFinding(code, Severity.WARNING, line, tag, element, text, null);
    }

    LineFinding withBadValue(String value) {
        return new LineFinding(code, severity, line, tag, element, text, value);
    }

    Finding in(String message) {
        Position position = Position.ofMessage(null, null, message).atSegment(line, tag, null).atElement(element, 0, 0);
        return new Finding(code, severity, position, null, badValue, text, null);
    }
}
