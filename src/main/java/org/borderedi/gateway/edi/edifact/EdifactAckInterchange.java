package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;

/**
 * One interchange the gateway sends back to an EDIFACT filer (CONTRL, CUSRES): the received UNB turned around, with
 * its syntax level, version, test indicator and separators (and a UNA when it had one), so every answer has the same
 * envelope. Values are released with the interchange's release character; what its syntax level or separators cannot
 * carry is replaced, never written as a broken segment.
 */
public final class EdifactAckInterchange {

    private final Writer out;
    private final ContrlSegments segments;
    private final SyntaxLevel level;
    private final String reference;
    private int messages;
    private int messageSegments;
    private String messageReference;

    private EdifactAckInterchange(Writer out, InterchangeHeader received, String reference) {
        this.out = out;
        this.segments = new ContrlSegments(received.delimiters());
        this.level = SyntaxLevel.of(received.syntaxIdentifier()).orElse(SyntaxLevel.UNOA);
        this.reference = reference;
    }

    /** Writes the UNA (when the received interchange had one) and the UNB answering it. */
    public static EdifactAckInterchange begin(Writer out, InterchangeHeader received, GatewayIdentity us, String reference,
            ZonedDateTime now) throws IOException {
        EdifactAckInterchange interchange = new EdifactAckInterchange(out, received, reference);
        out.write(unb(interchange.segments, received, answeringParty(received, us), reference, now));
        return interchange;
    }

    /** The UNA (when the received interchange had one) and UNB of an answer: received sender and recipient swapped. */
    static String unb(ContrlSegments segments, InterchangeHeader received, Party from, String reference, ZonedDateTime now) {
        int syntaxVersion = "4".equals(received.version()) ? 4 : 3;
        String date = now.format(DateTimeFormatter.ofPattern(syntaxVersion >= 4 ? "yyyyMMdd" : "yyMMdd"));
        String time = now.format(DateTimeFormatter.ofPattern("HHmm"));
        String una = ServiceStringAdvice.isImplied(received.delimiters()) ? "" : segments.serviceStringAdvice();
        return una + segments.segment("UNB", ContrlSegments.e(received.syntaxIdentifier(), received.version()), party(from),
                party(received.sender()), ContrlSegments.e(date, time), ContrlSegments.e(reference), ContrlSegments.e(),
                ContrlSegments.e(), ContrlSegments.e(), ContrlSegments.e(), ContrlSegments.e(),
                ContrlSegments.e(received.test() ? "1" : null));
    }

    /**
     * Who answers: the identity the interchange was addressed to when it is the gateway's (or when none is
     * configured); one addressed to someone else is answered from the gateway's first EDIFACT identity, never in
     * another party's name.
     */
    static Party answeringParty(InterchangeHeader received, GatewayIdentity us) {
        if (us.edifact().isEmpty() || us.isEdifactRecipient(received.receiver())) {
            return received.receiver();
        }
        EdifactIdentity first = us.edifact().get(0);
        return new Party(first.qualifier(), first.id());
    }

    static String[] party(Party party) {
        if (party == null || !ContrlSegments.fits(party.id(), 35)) {
            return ContrlSegments.e();
        }
        return ContrlSegments.e(party.id(), party.qualifier() != null && party.qualifier().length() <= 4 ? party.qualifier() : null);
    }

    /** UNH with the next message reference of the interchange (1, 2, ...) and the message identifier (S009). */
    public void beginMessage(String... messageIdentifier) throws IOException {
        messages++;
        messageSegments = 0;
        messageReference = String.valueOf(messages);
        segment("UNH", element(messageReference), messageIdentifier);
    }

    /** One segment of the message: its data elements, each given as its components (null or empty left out). */
    public void segment(String tag, String[]... elements) throws IOException {
        String[][] writable = new String[elements.length][];
        for (int i = 0; i < elements.length; i++) {
            writable[i] = new String[elements[i].length];
            for (int j = 0; j < elements[i].length; j++) {
                writable[i][j] = writable(elements[i][j]);
            }
        }
        out.write(segments.segment(tag, writable));
        messageSegments++;
    }

    /** UNT, counting UNH and UNT. */
    public void endMessage() throws IOException {
        segment("UNT", element(String.valueOf(messageSegments + 1)), element(messageReference));
    }

    /** UNZ, counting the messages. */
    public void end() throws IOException {
        out.write(segments.segment("UNZ", ContrlSegments.e(String.valueOf(messages)), ContrlSegments.e(reference)));
    }

    /** A data element: a simple one, or a composite's components. */
    public static String[] element(String... components) {
        return components;
    }

    /**
     * The value as the interchange can carry it: lower-case letters upper-cased where the syntax level has none, other
     * characters it lacks (and control characters) replaced by a space, separators replaced by a space when there is
     * no release character to release them with.
     */
    String writable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        boolean released = segments.canRelease();
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            int c = value.codePointAt(i);
            if (!level.allows(c) && level.allows(Character.toUpperCase(c))) {
                c = Character.toUpperCase(c);
            }
            boolean separator = segments.isSeparator(c);
            boolean fits = separator ? released : level.allows(c) && c >= 0x20;
            text.appendCodePoint(fits ? c : ' ');
        }
        return text.toString();
    }
}
