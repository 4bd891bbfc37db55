package org.borderedi.gateway.edi.edifact;

import java.util.Optional;
import org.borderedi.gateway.edi.InterchangeHeader;

/**
 * An interchange's header as read before anything else: where it starts, its service characters, its UNB taken apart
 * and what that says, the syntax level it declares (empty when the gateway does not support it) and the text to hand
 * StAEDI again.
 *
 * @param syntaxVersion UNB 0002 as a number, or 0 when it is not one
 * @param headerText    the UNA (when there is one) and the UNB with its terminator, decoded
 */
record InterchangeStart(long offset, ServiceStringAdvice advice, ServiceSegment unb, InterchangeHeader header,
        Optional<SyntaxLevel> level, int syntaxVersion, TextDecoder decoder, String headerText) {
}
