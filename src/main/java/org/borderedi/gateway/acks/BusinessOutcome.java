package org.borderedi.gateway.acks;

import java.util.List;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Syntax;

/**
 * What a business acknowledgment answers: one received interchange (X12/EDIFACT: its header) or document (Cargo-IMP
 * file, Cargo-XML, gateway XML: header null) and the verdict on each of its messages, in order.
 */
public record BusinessOutcome(Syntax syntax, InterchangeHeader interchange, List<MessageVerdict> messages) {

    public BusinessOutcome {
        messages = List.copyOf(messages);
    }
}
