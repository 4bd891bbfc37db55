package org.borderedi.gateway.acks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.x12.X12AckInterchange;

/**
 * The X12 business acknowledgment of one interchange: one interchange turned around like the 997, holding one
 * functional group with a 355 per answered set (group SO) or one 824 covering them all (group AG).
 */
final class X12BusinessAcks {

    private X12BusinessAcks() {
    }

    static String write(BusinessAckKind kind, InterchangeHeader received, List<AnsweredMessage> messages, GatewayIdentity us,
            long interchangeNumber, long groupNumber, ZonedDateTime now) {
        StringWriter text = new StringWriter();
        try {
            X12AckInterchange out = X12AckInterchange.begin(text, received, us, interchangeNumber, now);
            out.beginGroup(kind == BusinessAckKind.X12_824 ? "AG" : "SO", out.groupVersion(), groupNumber);
            if (kind == BusinessAckKind.X12_824) {
                ApplicationAdvice.write(out, String.valueOf(interchangeNumber), messages, now);
            } else {
                for (AnsweredMessage message : messages) {
                    CustomsAcceptanceSet.write(out, message, now);
                }
            }
            out.endGroup();
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }
}
