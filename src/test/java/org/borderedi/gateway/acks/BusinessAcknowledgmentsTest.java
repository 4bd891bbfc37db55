package org.borderedi.gateway.acks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.rules.BusinessFinding;
import org.junit.jupiter.api.Test;

/** Filer values reach an acknowledgment escaped for its syntax: no separator in data ever breaks a segment. */
class BusinessAcknowledgmentsTest {

    private final BusinessAcknowledgments acks =
            new BusinessAcknowledgments(ReceivedFiles.NO_IDENTITIES, new InMemoryControlNumbers(), ReceivedFiles.CLOCK);

    @Test
    void a_bad_value_holding_x12_separators_is_written_without_breaking_the_ted() {
        BusinessOutcome outcome = withFinding("x12/309-ocean-demo.edi", "M11", "A*B~C>D");

        String text = acks.answer(outcome, TestPartner.wanting(AckPreferences.BusinessAck.X12_824)).get(0).text();

        List<String> segments = EdiReadBack.segments(text);
        assertTrue(segments.contains("TED|848|INVALID_BILL|M11|5|1||A B C D"), segments.toString());
    }

    @Test
    void a_bad_value_holding_edifact_separators_is_released() {
        BusinessOutcome outcome = withFinding("edifact/cuscar-d95b-ocean.edi", "RFF", "A+B'C:D?E");

        String text = acks.answer(outcome, null).get(0).text();

        assertTrue(text.contains(":VALUE A?+B?'C?:D??E'"), text);
        assertTrue(EdiReadBack.segments(text).stream().anyMatch(s -> s.endsWith(":VALUE A+B'C:D?E")));
    }

    @Test
    void a_message_is_accepted_only_when_translated_and_without_error_findings() {
        MessageVerdict clean = ReceivedFiles.outcome("x12/309-ocean-demo.edi").messages().get(0);
        assertTrue(clean.accepted());
        assertFalse(new MessageVerdict(clean.message(), null, "no mapping", List.of()).accepted());
        BusinessFinding warning = new BusinessFinding("W", Severity.WARNING, "w", null, null, null, null, null);
        assertTrue(new MessageVerdict(clean.message(), clean.filing(), null, List.of(warning)).accepted());
        assertFalse(new MessageVerdict(clean.message(), clean.filing(), null, List.of(warning.withSeverity(Severity.ERROR)))
                .accepted());
    }

    private static BusinessOutcome withFinding(String sample, String segment, String badValue) {
        BusinessOutcome received = ReceivedFiles.outcome(sample);
        MessageVerdict message = received.messages().get(0);
        BusinessFinding finding = new BusinessFinding("INVALID_BILL", Severity.ERROR, "the bill number is wrong", "1",
                message.filing().consignments().get(0).number(), "references[0]", new Source(segment, 5, "01"), badValue);
        return new BusinessOutcome(received.syntax(), received.interchange(),
                List.of(new MessageVerdict(message.message(), message.filing(), null, List.of(finding))));
    }
}
