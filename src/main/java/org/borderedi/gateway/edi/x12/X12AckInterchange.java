package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;

/**
 * One interchange the gateway sends back to an X12 filer (TA1, 997/999, 355, 824): the received ISA turned around,
 * its groups and transaction sets, and the made-safe values they carry, so every acknowledgment has the same
 * envelope and no partner value can break a segment.
 */
public final class X12AckInterchange {

    private final AckSegmentWriter out;
    private final InterchangeHeader received;
    private final Party from;
    private final long interchangeNumber;
    private final ZonedDateTime now;
    private int groups;
    private int sets;
    private long groupNumber;
    private String setNumber;

    private X12AckInterchange(AckSegmentWriter out, InterchangeHeader received, Party from, long interchangeNumber,
            ZonedDateTime now) {
        this.out = out;
        this.received = received;
        this.from = from;
        this.interchangeNumber = interchangeNumber;
        this.now = now;
    }

    /**
     * Writes the ISA answering a received interchange, from the gateway identity it was addressed to, with its
     * separators (or the usual ones where those cannot be used), version and test indicator.
     */
    public static X12AckInterchange begin(Writer writer, InterchangeHeader received, GatewayIdentity us,
            long interchangeNumber, ZonedDateTime now) throws IOException {
        AckSegmentWriter out = new AckSegmentWriter(writer, AckEnvelope.delimitersFor(received));
        return begin(out, received, AckEnvelope.from(received, us), interchangeNumber, now);
    }

    static X12AckInterchange begin(AckSegmentWriter out, InterchangeHeader received, Party from, long interchangeNumber,
            ZonedDateTime now) throws IOException {
        AckEnvelope.isa(out, received, from, interchangeNumber, now);
        return new X12AckInterchange(out, received, from, interchangeNumber, now);
    }

    /** The version the acknowledgment is written in (ISA12, "00401"), and its group version ("004010"). */
    public String groupVersion() {
        return AckEnvelope.version(received) + "0";
    }

    /** A GS from the gateway identity to the interchange's sender (GS02/GS03 from the ISA ids). */
    public void beginGroup(String functionalId, String version, long number) throws IOException {
        groups++;
        sets = 0;
        groupNumber = number;
        AckEnvelope.gs(out, functionalId, from.id(), received.sender().id(), version, number, now);
    }

    /** A GS answering a received group (the 997/999): its application sender and receiver swapped. */
    void beginGroup(GroupHeader answered, String version, long number) throws IOException {
        groups++;
        sets = 0;
        groupNumber = number;
        AckEnvelope.gs(out, answered, version, number, now);
    }

    /** ST with the next set control number of the group (0001, 0002, ...). */
    public void beginSet(String type) throws IOException {
        sets++;
        setNumber = String.format("%04d", sets);
        out.resetCount();
        out.segment("ST", type, setNumber);
    }

    public void segment(String tag, String... elements) throws IOException {
        out.segment(tag, elements);
    }

    /** SE, counting the set's segments from its ST. */
    public void endSet() throws IOException {
        out.segment("SE", String.valueOf(out.count() + 1), setNumber);
    }

    public void endGroup() throws IOException {
        endGroup(sets);
    }

    /** GE for a group whose sets someone else wrote and counted. */
    void endGroup(int setCount) throws IOException {
        AckEnvelope.ge(out, setCount, groupNumber);
    }

    /** IEA, counting the groups written. */
    public void end() throws IOException {
        AckEnvelope.iea(out, groups, interchangeNumber);
    }

    /** The segment writer, for writers that number their own sets (the 997/999). */
    AckSegmentWriter segments() {
        return out;
    }

    /** A composite of already safe values. */
    public String composite(String... components) {
        return out.composite(components);
    }

    /** A mandatory AN/ID element: cut before a separator, cut to max, padded to min. */
    public String text(String value, int min, int max) {
        return AckValues.text(value, out.delimiters(), min, max);
    }

    /** An optional identifier (a bill number): cut before a separator and to max, or null when nothing is left. */
    public String optional(String value, int max) {
        return AckValues.optional(value, out.delimiters(), max);
    }

    /**
     * An optional free-text element (remarks, messages): separators, control characters and characters outside ASCII
     * become spaces, so the whole sentence survives; cut to max, or null when blank.
     */
    public String freeText(String value, int max) {
        return AckValues.freeText(value, out.delimiters(), max);
    }

    /** A numeric (N0) element: the value when it is digits within the maximum length, else null. */
    public static String number(String value, int max) {
        return AckValues.number(value, max, null);
    }
}
