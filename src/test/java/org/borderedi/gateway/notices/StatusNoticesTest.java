package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** A decision is written in the format the filer filed in, or not at all when that format has no code for it. */
class StatusNoticesTest {

    private final InMemoryControlNumbers numbers = new InMemoryControlNumbers();
    private final StatusNotices notices = new StatusNotices(FiledSamples.NO_IDENTITIES, numbers, FiledSamples.CLOCK);

    @Test
    void each_filer_gets_its_own_format() {
        record Case(String sample, NoticeKind kind, String extension) {
        }
        for (Case c : List.of(new Case("x12/309-ocean-demo.edi", NoticeKind.X12_350, "x12"),
                new Case("edifact/cuscar-d95b-ocean.edi", NoticeKind.CUSRES, "edi"),
                new Case("cargo-imp/fwb17-general.txt", NoticeKind.CAMIR_PSN, "txt"),
                new Case("cargo-xml/xfwb-general.xml", NoticeKind.XCSN, "xml"))) {
            NoticeDocument notice = notices.write(FiledSamples.notice(c.sample(), "1", DecisionKind.DO_NOT_LOAD, HoldState.PLACED,
                    null), null).orElseThrow();
            assertEquals(c.kind(), notice.kind(), c.sample());
            assertEquals(c.extension(), notice.fileExtension(), c.sample());
        }
    }

    @Test
    void a_decision_the_format_has_no_code_for_yields_no_notice_and_draws_no_control_number() {
        assertTrue(notices.write(FiledSamples.notice("cargo-xml/xfwb-general.xml", "1", DecisionKind.HOLD_PLACED,
                HoldState.PLACED, null), null).isEmpty());
        assertEquals(1, numbers.next("standard", StatusNotices.XCSN_SERIES));
    }

    @Test
    void a_filing_in_a_standard_the_gateway_does_not_answer_yields_no_notice() {
        Filing filing = FiledSamples.filing("x12/309-ocean-demo.edi");
        Filing other = new Filing(filing.id(), null, null, null, new SourceFormat("JSON", "Filing", "1"), filing.envelope(),
                filing.purpose(), filing.purposeCode(), filing.mode(), filing.programmes(), filing.conveyance(),
                filing.consignments());

        assertTrue(notices.write(new StatusNotice(FiledSamples.decision(DecisionKind.RELEASE, null), HoldState.PLACED, other,
                other.consignment("1")), null).isEmpty());
    }

    @Test
    void an_x12_filing_journaled_without_its_sender_cannot_be_answered_and_says_why() {
        Filing filing = FiledSamples.filing("x12/309-ocean-demo.edi");
        Filing unaddressed = new Filing("F-7", null, null, null, filing.format(), Envelope.NONE, filing.purpose(),
                filing.purposeCode(), filing.mode(), filing.programmes(), filing.conveyance(), filing.consignments());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> notices.write(new StatusNotice(
                FiledSamples.decision(DecisionKind.RELEASE, null), HoldState.PLACED, unaddressed, unaddressed.consignment("1")),
                null));
        assertTrue(e.getMessage().contains("F-7"), e.getMessage());
        assertEquals(1, numbers.next("standard", "x12-interchange"));
    }
}
