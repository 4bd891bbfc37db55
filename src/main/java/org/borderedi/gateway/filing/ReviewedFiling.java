package org.borderedi.gateway.filing;

import java.util.List;
import org.borderedi.gateway.acks.BusinessAck;
import org.borderedi.gateway.acks.MessageVerdict;

/**
 * A filing after business validation: each message's verdict (in the order the messages came, the first being
 * message 1) and the business acknowledgments that answer them. The checked filing no longer holds the translated
 * messages: the verdicts carry them.
 */
public record ReviewedFiling(CheckedFiling checked, List<MessageVerdict> verdicts, List<BusinessAck> businessAcks) {

    public ReviewedFiling {
        verdicts = List.copyOf(verdicts);
        businessAcks = List.copyOf(businessAcks);
    }
}
