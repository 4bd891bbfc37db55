package org.borderedi.gateway.notices;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.edifact.ContrlWriter;
import org.borderedi.gateway.edi.x12.X12Acknowledger;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerKind;

/**
 * Writes the hold, release and do-not-load notices that tell a filer what targeting decided about one of its bills,
 * in the format it filed in: the step after a decision, as the business acknowledgment is the step after validation.
 * Thread-safe: it keeps no state of its own, and control numbers come from the shared {@link ControlNumbers}, in the
 * same series as the acknowledgments for X12 and EDIFACT.
 */
public final class StatusNotices {

    /** Control number series of the notices that have no EDI envelope. */
    static final String PSN_SERIES = "cargo-imp-psn";
    static final String XCSN_SERIES = "cargo-xml-xcsn";
    static final String CANONICAL_SERIES = "status-notice";

    private final GatewayIdentity us;
    private final ControlNumbers numbers;
    private final Clock clock;

    public StatusNotices(GatewayIdentity us, ControlNumbers numbers, Clock clock) {
        this.us = Objects.requireNonNull(us, "us");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The notice in the filer's format, chosen from {@code filing.format().standard()}: X12 gets an X12 350, EDIFACT a
     * CUSRES, CARGO-IMP a CAMIR PSN, CARGO-XML an XCSN, GATEWAY-XML the canonical status notice; a partner that is an
     * agency back end on JMS queues gets the canonical status notice whatever it filed in. Partner may be null
     * (standard defaults, partner id "standard" for control numbers). Empty, and no control number used, when the
     * format has no code for the decision in that state ({@link #code}):
     * <ul>
     * <li>X12 350: assessment complete, and the pre-load requests for information and screening (air only);</li>
     * <li>CUSRES: arrival (7365 has no arrival indicator: the filer reported the arrival itself);</li>
     * <li>CAMIR PSN and XCSN: release, hold, examination and arrival, which pre-load targeting does not decide;</li>
     * <li>any other standard (a filing the gateway cannot answer in its own format).</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the notice cannot be addressed: an X12 or EDIFACT filing whose envelope
     *                                  (and partner) names no sender, or a consignment without a bill number when the
     *                                  decision names none either
     */
    public Optional<NoticeDocument> write(StatusNotice notice, Partner partner) {
        Optional<NoticeKind> kind = kindFor(notice.filing(), partner);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = code(kind.get(), notice.decision().kind(), notice.state());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        NoticedBill.of(notice); // a notice that cannot name its bill fails before it draws a control number
        String partnerId = partner == null ? "standard" : partner.id();
        ZonedDateTime now = ZonedDateTime.now(clock);
        return Optional.of(switch (kind.get()) {
            case X12_350 -> x12(notice, code.get(), partner, partnerId, now);
            case CUSRES -> edifact(notice, code.get(), partner, partnerId, now);
            case CAMIR_PSN -> {
                String reference = String.valueOf(numbers.next(partnerId, PSN_SERIES));
                yield new NoticeDocument(NoticeKind.CAMIR_PSN, reference,
                        PreloadStatusLines.write(notice, code.get(), reference, now), "txt");
            }
            case XCSN -> {
                String id = "XCSN" + numbers.next(partnerId, XCSN_SERIES);
                yield new NoticeDocument(NoticeKind.XCSN, id, CargoXmlStatusNotification.write(notice, code.get(), id, now), "xml");
            }
            case CANONICAL_DECISION -> {
                String id = "N" + numbers.next(partnerId, CANONICAL_SERIES);
                yield new NoticeDocument(NoticeKind.CANONICAL_DECISION, id, CanonicalStatusNotice.write(notice, id, now), "xml");
            }
        });
    }

    /**
     * The code a decision in a state gets in a format, from the one table in the package documentation: e.g.
     * DO_NOT_LOAD in IN_PLACE is "6J" in a CAMIR PSN and "CD" in an XCSN; HOLD_PLACED is "1H" in an X12 350. For
     * {@link NoticeKind#CANONICAL_DECISION} it is the decision kind's name. Empty when the format has no code for it.
     */
    public static Optional<String> code(NoticeKind kind, DecisionKind decision, HoldState state) {
        return NoticeCodes.of(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(decision, "decision"),
                Objects.requireNonNull(state, "state"));
    }

    /** The notice format a filer gets: its filing's standard, or the canonical notice for a JMS back end. */
    static Optional<NoticeKind> kindFor(Filing filing, Partner partner) {
        if (partner != null && partner.kind() == PartnerKind.AGENCY_BACK_END && partner.channel() instanceof Channel.JmsQueues) {
            return Optional.of(NoticeKind.CANONICAL_DECISION);
        }
        String standard = filing.format() == null ? null : filing.format().standard();
        if (standard == null) {
            return Optional.empty();
        }
        return switch (standard) {
            case "X12" -> Optional.of(NoticeKind.X12_350);
            case "EDIFACT" -> Optional.of(NoticeKind.CUSRES);
            case "CARGO-IMP" -> Optional.of(NoticeKind.CAMIR_PSN);
            case "CARGO-XML" -> Optional.of(NoticeKind.XCSN);
            case "GATEWAY-XML" -> Optional.of(NoticeKind.CANONICAL_DECISION);
            default -> Optional.empty();
        };
    }

    private NoticeDocument x12(StatusNotice notice, String code, Partner partner, String partnerId, ZonedDateTime now) {
        var filed = JournaledEnvelope.x12(notice.filing(), partner, us);
        long interchange = numbers.next(partnerId, X12Acknowledger.INTERCHANGE_SERIES);
        long group = numbers.next(partnerId, X12Acknowledger.GROUP_SERIES);
        String text = CustomsStatusInformation.write(notice, code, filed, us, interchange, group, now);
        return new NoticeDocument(NoticeKind.X12_350, String.format("%09d", Math.floorMod(interchange, 1_000_000_000L)), text,
                "x12");
    }

    private NoticeDocument edifact(StatusNotice notice, String code, Partner partner, String partnerId, ZonedDateTime now) {
        var filed = JournaledEnvelope.edifact(notice.filing(), partner, us);
        String reference = String.valueOf(numbers.next(partnerId, ContrlWriter.SERIES));
        return new NoticeDocument(NoticeKind.CUSRES, reference,
                CustomsStatusResponse.write(notice, code, filed, us, reference, now), "edi");
    }
}
