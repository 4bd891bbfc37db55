package org.borderedi.gateway.acks;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.edi.edifact.ContrlWriter;
import org.borderedi.gateway.edi.x12.X12Acknowledger;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.Partner;

/**
 * Writes the business acknowledgments answering an outcome, in the filer's own standard: the step after business
 * validation that tells the filer which messages and bills were accepted and why the others were not. Thread-safe:
 * it keeps no state of its own, and control numbers come from the shared {@link ControlNumbers}.
 */
public final class BusinessAcknowledgments {

    /** Control number series of the acknowledgments that have no EDI envelope. */
    static final String PER_SERIES = "cargo-imp-per";
    static final String XFNM_SERIES = "cargo-xml-response";
    static final String GATEWAY_RESPONSE_SERIES = "gateway-response";

    private final GatewayIdentity us;
    private final ControlNumbers numbers;
    private final Clock clock;

    public BusinessAcknowledgments(GatewayIdentity us, ControlNumbers numbers, Clock clock) {
        this.us = Objects.requireNonNull(us, "us");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Zero or more acks (usually one) answering the outcome; partner may be null (standard defaults, partner id
     * "standard" for control numbers). X12 and EDIFACT messages the syntax layer rejected are left to the 997/CONTRL
     * that already answered them.
     */
    public List<BusinessAck> answer(BusinessOutcome outcome, Partner partner) {
        String partnerId = partner == null ? "standard" : partner.id();
        AckPreferences preferences = partner == null ? AckPreferences.DEFAULTS : partner.acknowledgments();
        ZonedDateTime now = ZonedDateTime.now(clock);
        return switch (outcome.syntax()) {
            case X12 -> x12(outcome, preferences, partnerId, now);
            case EDIFACT -> edifact(outcome, partnerId, now);
            case CARGO_IMP -> cargoImp(outcome, partnerId, now);
            case CARGO_XML -> cargoXml(outcome, partnerId, now);
            case GATEWAY_XML -> gatewayXml(outcome, partnerId, now);
            default -> List.of();
        };
    }

    private List<BusinessAck> x12(BusinessOutcome outcome, AckPreferences preferences, String partnerId, ZonedDateTime now) {
        List<AnsweredMessage> answered = notSyntaxRejected(outcome);
        if (answered.isEmpty()) {
            return List.of();
        }
        BusinessAckKind kind = preferences.x12Business() == AckPreferences.BusinessAck.X12_824
                ? BusinessAckKind.X12_824 : BusinessAckKind.X12_355;
        long interchange = numbers.next(partnerId, X12Acknowledger.INTERCHANGE_SERIES);
        long group = numbers.next(partnerId, X12Acknowledger.GROUP_SERIES);
        String text = X12BusinessAcks.write(kind, header(outcome), answered, us, interchange, group, now);
        return List.of(new BusinessAck(kind, String.format("%09d", Math.floorMod(interchange, 1_000_000_000L)), text, "x12"));
    }

    private List<BusinessAck> edifact(BusinessOutcome outcome, String partnerId, ZonedDateTime now) {
        List<AnsweredMessage> answered = notSyntaxRejected(outcome);
        if (answered.isEmpty()) {
            return List.of();
        }
        String reference = String.valueOf(numbers.next(partnerId, ContrlWriter.SERIES));
        String text = CustomsResponses.write(header(outcome), answered, us, reference, now);
        return List.of(new BusinessAck(BusinessAckKind.CUSRES, reference, text, "edi"));
    }

    private List<BusinessAck> cargoImp(BusinessOutcome outcome, String partnerId, ZonedDateTime now) {
        List<BusinessAck> acks = new ArrayList<>();
        for (MessageVerdict verdict : outcome.messages()) {
            String reference = String.valueOf(numbers.next(partnerId, PER_SERIES));
            acks.add(new BusinessAck(BusinessAckKind.CAMIR_PER, reference,
                    PerMessage.write(AnsweredMessage.of(verdict), reference, now), "txt"));
        }
        return acks;
    }

    private List<BusinessAck> cargoXml(BusinessOutcome outcome, String partnerId, ZonedDateTime now) {
        List<BusinessAck> acks = new ArrayList<>();
        for (MessageVerdict verdict : outcome.messages()) {
            String id = "XFNM" + numbers.next(partnerId, XFNM_SERIES);
            acks.add(new BusinessAck(BusinessAckKind.XFNM, id, CargoXmlResponse.write(AnsweredMessage.of(verdict), id, null, now),
                    "xml"));
        }
        return acks;
    }

    private List<BusinessAck> gatewayXml(BusinessOutcome outcome, String partnerId, ZonedDateTime now) {
        if (outcome.messages().isEmpty()) {
            return List.of();
        }
        String id = "R" + numbers.next(partnerId, GATEWAY_RESPONSE_SERIES);
        List<AnsweredMessage> answered = outcome.messages().stream().map(AnsweredMessage::of).toList();
        return List.of(new BusinessAck(BusinessAckKind.GATEWAY_RESPONSE, id, GatewayXmlResponse.write(answered, id, now), "xml"));
    }

    private static List<AnsweredMessage> notSyntaxRejected(BusinessOutcome outcome) {
        return outcome.messages().stream().filter(m -> m.message().verdict() != Verdict.REJECTED).map(AnsweredMessage::of)
                .toList();
    }

    private static InterchangeHeader header(BusinessOutcome outcome) {
        if (outcome.interchange() == null) {
            throw new IllegalArgumentException(outcome.syntax() + " is answered in an interchange: the outcome needs the "
                    + "received interchange's header");
        }
        return outcome.interchange();
    }
}
