package org.borderedi.gateway.notices;
import java.time.Clock;
import java.util.Optional;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.partners.Partner;
/** STAND-IN until the notices branch lands: a plain line per notice. */
public final class StatusNotices {
    public StatusNotices(GatewayIdentity us, ControlNumbers numbers, Clock clock) {}
    public Optional<NoticeDocument> write(StatusNotice notice, Partner partner) {
        return Optional.of(new NoticeDocument(NoticeKind.CANONICAL_DECISION, null,
                notice.decision().kind() + " " + notice.state() + " " + notice.consignment().number().value() + "\n", "txt"));
    }
    public static Optional<String> code(NoticeKind kind, DecisionKind decision, HoldState state) { return Optional.empty(); }
}
