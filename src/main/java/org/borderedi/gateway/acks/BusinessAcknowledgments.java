package org.borderedi.gateway.acks;
import java.time.Clock;
import java.util.List;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.partners.Partner;
public final class BusinessAcknowledgments {
    public BusinessAcknowledgments(GatewayIdentity us, ControlNumbers numbers, Clock clock) {}
    public List<BusinessAck> answer(BusinessOutcome outcome, Partner partner) { return List.of(); }
}
