package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.borderedi.gateway.acks.EdiReadBack;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

/** An X12 filer hears a decision in a 350 with the disposition code in X4-07, in the acks' turned-around envelope. */
class CustomsStatusInformationTest {

    private final InMemoryControlNumbers numbers = new InMemoryControlNumbers();
    private final StatusNotices notices = new StatusNotices(FiledSamples.NO_IDENTITIES, numbers, FiledSamples.CLOCK);

    @Test
    void a_hold_on_a_309_bill_is_a_350_with_1H_the_bill_the_agency_and_its_text() {
        NoticeDocument notice = notices.write(FiledSamples.notice("x12/309-ocean-demo.edi", "1", DecisionKind.HOLD_PLACED,
                HoldState.PLACED, "Hold for documentary review; present invoices at the CFS"), null).orElseThrow();

        assertEquals(NoticeKind.X12_350, notice.kind());
        assertEquals("000000001", notice.controlNumber());
        assertEquals("x12", notice.fileExtension());
        assertEquals(lines(
                "ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261122*1530*U*00401*000000001*0*P*:",
                "GS*SO*BORDERGW*DEMOFWD*20261122*1530*1*X*004010",
                "ST*350*0001",
                "M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L",
                "P4*3001*20261201",
                "N9*BM*0000123456",
                "X4*0000123456****20261122*1505*1H**DMFW",
                "K1*CBSA*NC7",
                "K1*Hold for documentary review;*present invoices at the CFS",
                "SE*8*0001",
                "GE*1*1",
                "IEA*1*000000001"), notice.text());
        List<String> segments = EdiReadBack.segments(notice.text());
        assertEquals("X4|0000123456||||20261122|1505|1H||DMFW", segments.get(6));
        assertEquals(12, segments.size());
    }

    @Test
    void a_release_is_1C_and_uses_the_acknowledgments_control_number_series() {
        numbers.next("standard", "x12-interchange");
        NoticeDocument notice = notices.write(FiledSamples.notice("x12/309-ocean-demo.edi", "1", DecisionKind.RELEASE,
                HoldState.PLACED, null), null).orElseThrow();

        assertEquals("000000002", notice.controlNumber());
        assertTrue(notice.text().contains("~X4*0000123456****20261122*1505*1C**DMFW~K1*CBSA*NC7~K1*RELEASE~SE*"), notice.text());
        EdiReadBack.segments(notice.text());
    }

    @Test
    void separators_and_control_characters_in_the_agency_text_never_break_a_segment() {
        NoticeDocument notice = notices.write(FiledSamples.notice("x12/309-ocean-demo.edi", "1", DecisionKind.EXAMINATION_REQUIRED,
                HoldState.PLACED, "EXAM*AT~CES:\r\nDOCK 4"), null).orElseThrow();

        assertTrue(notice.text().contains("~X4*0000123456****20261122*1505*1A**DMFW~K1*CBSA*NC7~K1*EXAM AT CES DOCK 4~SE*8*0001~"),
                notice.text());
        assertEquals(12, EdiReadBack.segments(notice.text()).size());
    }

    @Test
    void an_assessment_complete_has_no_350_and_draws_no_control_number() {
        assertTrue(notices.write(FiledSamples.notice("x12/309-ocean-demo.edi", "1", DecisionKind.ASSESSMENT_COMPLETE,
                HoldState.PLACED, null), null).isEmpty());
        assertEquals(1, numbers.next("standard", "x12-interchange"));
    }

    static String lines(String... segments) {
        return String.join("", Arrays.stream(segments).map(s -> s + "~").toList());
    }
}
