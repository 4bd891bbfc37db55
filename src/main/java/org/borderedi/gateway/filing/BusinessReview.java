package org.borderedi.gateway.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderedi.gateway.acks.BusinessAck;
import org.borderedi.gateway.acks.BusinessAcknowledgments;
import org.borderedi.gateway.acks.BusinessOutcome;
import org.borderedi.gateway.acks.MessageVerdict;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.TranslatedMessage;

/**
 * The business step of the flow: names each translated message as the gateway's filing (receipt and message number),
 * checks its content against the rule packs of its programmes and the partner's agreement, and writes the business
 * acknowledgments, one set per interchange. Messages of an interchange rejected as a whole (a duplicate, a sender the
 * partner does not own) go no further: the syntax acknowledgment has answered them.
 */
public final class BusinessReview {

    private final BusinessValidation validation;
    private final FilingAuthorization authorization;
    private final BusinessAcknowledgments acknowledgments;

    public BusinessReview(BusinessValidation validation, FilingAuthorization authorization,
            BusinessAcknowledgments acknowledgments) {
        this.validation = validation;
        this.authorization = authorization;
        this.acknowledgments = acknowledgments;
    }

    public ReviewedFiling review(CheckedFiling checked) {
        List<MessageVerdict> verdicts = new ArrayList<>();
        Map<String, List<MessageVerdict>> answerable = new LinkedHashMap<>();
        int seq = 0;
        for (TranslatedMessage message : checked.messages()) {
            seq++;
            String interchange = message.outcome().interchange();
            InterchangeOutcome envelope = interchangeOutcome(checked, interchange);
            MessageVerdict verdict;
            if (envelope != null && envelope.verdict() == Verdict.REJECTED) {
                verdict = new MessageVerdict(message.outcome(), null, "its interchange was rejected as a whole", List.of());
            } else {
                verdict = reviewed(checked, message, seq);
                answerable.computeIfAbsent(Objects.requireNonNullElse(interchange, ""), k -> new ArrayList<>()).add(verdict);
            }
            verdicts.add(verdict);
        }
        List<BusinessAck> acks = new ArrayList<>();
        answerable.forEach((interchange, answered) -> acks.addAll(acknowledgments.answer(new BusinessOutcome(
                checked.detection().syntax(), interchange.isEmpty() ? null : checked.interchange(interchange), answered),
                checked.partner())));
        return new ReviewedFiling(checked.withoutMessages(), verdicts, acks);
    }

    private MessageVerdict reviewed(CheckedFiling checked, TranslatedMessage message, int seq) {
        if (!message.translated()) {
            return new MessageVerdict(message.outcome(), null, message.problem(), List.of());
        }
        Filing filing = FilingNames.named(message.filing(), checked.received(), seq);
        List<BusinessFinding> findings = new ArrayList<>(authorization.check(checked.partner(), checked.detection().syntax(), filing));
        findings.addAll(validation.validate(filing));
        return new MessageVerdict(message.outcome(), filing, null, findings);
    }

    private static InterchangeOutcome interchangeOutcome(CheckedFiling checked, String controlNumber) {
        if (controlNumber == null) {
            return null;
        }
        return checked.interchangeOutcomes().stream().filter(o -> controlNumber.equals(o.header().controlNumber()))
                .findFirst().orElse(null);
    }
}
