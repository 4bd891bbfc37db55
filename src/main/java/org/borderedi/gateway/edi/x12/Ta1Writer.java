package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.Party;

/**
 * Writes a TA1 interchange acknowledgment, its own ISA/TA1/IEA interchange: R with the note code of the first
 * interchange-level error, E (accepted, errors noted: the sender must not resend) with the note of the first
 * warning, A with 000 otherwise.
 */
final class Ta1Writer {

    private Ta1Writer() {
    }

    static void write(AckSegmentWriter out, InterchangeOutcome outcome, Party from, long controlNumber, ZonedDateTime now)
            throws IOException {
        InterchangeHeader received = outcome.header();
        X12AckInterchange interchange = X12AckInterchange.begin(out, received, from, controlNumber, now);
        Optional<Finding> error = outcome.findings().stream().filter(Finding::isError).findFirst();
        Optional<Finding> noted = outcome.findings().stream().findFirst();
        String status = error.isPresent() ? "R" : noted.isPresent() ? "E" : "A";
        String note = error.or(() -> noted).map(f -> f.code().x12()).orElse("000");
        // a date or time that is not one cannot be echoed in a DT/TM element: the TA1 gives the time of its answer
        String date = X12Text.isDate(received.date()) && received.date().length() == 6 ? received.date() : AckEnvelope.date(now);
        String time = X12Text.isTime(received.time()) && received.time().length() == 4 ? received.time() : AckEnvelope.time(now);
        out.segment("TA1", String.format("%09d", Long.parseLong(received.controlNumber())), date, time, status, note);
        // IEA01 counts functional groups; a TA1 is not one
        interchange.end();
    }
}
