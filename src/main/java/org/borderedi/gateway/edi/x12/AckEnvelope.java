package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;

/**
 * The envelope of an acknowledgment interchange: the received ISA turned around (our identity as sender, theirs as
 * receiver), its version, test indicator and separators; a GS likewise for a 997 or 999.
 */
final class AckEnvelope {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private AckEnvelope() {
    }

    /** The received interchange's separators, or the usual ones where those cannot be used. */
    static X12Delimiters delimitersFor(InterchangeHeader received) {
        Delimiters d = received.delimiters();
        boolean repetition = repetitionVersion(version(received));
        Character rep = repetition ? d.repetition() : null;
        Set<Character> distinct = new java.util.HashSet<>(Set.of(d.element(), d.component(), d.segment()));
        boolean usable = distinct.size() == 3 && X12Delimiters.usable(d.element()) && X12Delimiters.usable(d.component())
                && X12Delimiters.usable(d.segment());
        if (repetition) {
            usable &= rep != null && X12Delimiters.usable(rep) && distinct.add(rep);
        }
        if (!usable) {
            return repetition ? X12Delimiters.DEFAULT : X12Delimiters.DEFAULT.withoutRepetition();
        }
        return new X12Delimiters(d.element(), d.component(), d.segment(), rep);
    }

    /**
     * Who answers: the identity the interchange was addressed to when it is the gateway's (or when the gateway has
     * none configured); for an interchange addressed to someone else, the gateway's first X12 identity, never the
     * other party's.
     */
    static Party from(InterchangeHeader received, GatewayIdentity us) {
        if (us.x12().isEmpty() || us.isX12Receiver(received.receiver())) {
            return received.receiver();
        }
        X12Identity first = us.x12().get(0);
        return new Party(first.qualifier(), first.id());
    }

    /** The received ISA12 when it is a version number, else 00401. */
    static String version(InterchangeHeader received) {
        String version = received.version();
        return version != null && version.length() == 5 && X12Text.isDigits(version) ? version : "00401";
    }

    static boolean repetitionVersion(String version) {
        return Integer.parseInt(version) >= 402;
    }

    /**
     * The ISA of an acknowledgment.
     *
     * @param from the gateway identity it is sent from: the one the received interchange was addressed to
     */
    static void isa(AckSegmentWriter out, InterchangeHeader received, Party from, long controlNumber, ZonedDateTime now)
            throws IOException {
        X12Delimiters d = out.delimiters();
        String version = version(received);
        out.segment("ISA", "00", "          ", "00", "          ",
                AckValues.text(from.qualifier(), d, 2, 2), AckValues.text(from.id(), d, 15, 15),
                AckValues.text(received.sender().qualifier(), d, 2, 2), AckValues.text(received.sender().id(), d, 15, 15),
                YYMMDD.format(now), HHMM.format(now), d.repetition() == null ? "U" : String.valueOf(d.repetition()), version,
                interchangeNumber(controlNumber), "0", received.test() ? "T" : "P", String.valueOf(d.component()));
    }

    static void iea(AckSegmentWriter out, int groups, long controlNumber) throws IOException {
        out.segment("IEA", String.valueOf(groups), interchangeNumber(controlNumber));
    }

    /** A GS answering a received group: application sender and receiver swapped. */
    static void gs(AckSegmentWriter out, GroupHeader received, String version, long controlNumber, ZonedDateTime now)
            throws IOException {
        gs(out, "FA", received.receiver().id(), received.sender().id(), version, controlNumber, now);
    }

    /** A GS of any functional group from one application id to another. */
    static void gs(AckSegmentWriter out, String functionalId, String applicationSender, String applicationReceiver,
            String version, long controlNumber, ZonedDateTime now) throws IOException {
        X12Delimiters d = out.delimiters();
        out.segment("GS", functionalId, AckValues.text(applicationSender, d, 2, 15), AckValues.text(applicationReceiver, d, 2, 15),
                CCYYMMDD.format(now), HHMM.format(now), groupNumber(controlNumber), "X", version);
    }

    static void ge(AckSegmentWriter out, int sets, long controlNumber) throws IOException {
        out.segment("GE", String.valueOf(sets), groupNumber(controlNumber));
    }

    /** ISA13 is nine digits; a series past 999,999,999 wraps (X12 numbers must be unique, not ever-growing). */
    static String interchangeNumber(long number) {
        return String.format("%09d", Math.floorMod(number, 1_000_000_000L));
    }

    static String groupNumber(long number) {
        return String.valueOf(Math.floorMod(number, 1_000_000_000L));
    }

    static String date(ZonedDateTime now) {
        return YYMMDD.format(now);
    }

    static String time(ZonedDateTime now) {
        return HHMM.format(now);
    }
}
